import { findParametersCell, parseDeclarations } from "./_parameters_cell.ts";
import type { JsonValue } from "../io/json.ts";
import { CellSyntaxError } from "./_ts_tokens.ts";
import { joinSource, type Notebook } from "./nbformat.ts";

/** A parameter declared in a notebook's `parameters` cell. */
export interface NotebookParameter {
  /** The variable name. */
  name: string;
  /** The declaring keyword (`const`, `let` or `var`). */
  keyword: "const" | "let" | "var";
  /** The type of the default, which decides how a command-line value is read. */
  type: "string" | "number" | "boolean" | "null" | "array" | "object";
  /** The default value: a JSON value. */
  default: unknown;
  /** 1-based line of the declaration within the cell. */
  line: number;
}

/** Options for {@linkcode listParameters}. */
export interface ListParametersOptions {
  /** The notebook's path, named in error messages. */
  path?: string;
}

/**
 * Lists the parameters a notebook declares in its first code cell tagged `parameters`.
 *
 * The cell may hold only declarations of literal values, one per statement, with comments:
 * `const name = <literal>;` or `let name: Type = <literal>;` (also `var`, `export`, `as const`),
 * where a literal is a string, number, boolean, null, or an array or object of literals. The
 * cell is parsed, never run.
 *
 * @param nb The notebook.
 * @param options The notebook's path, for error messages.
 * @returns The parameters in declaration order; empty when no cell is tagged `parameters`.
 * @throws {SyntaxError} When the cell holds anything but literal declarations: the message names
 * the cell and the line.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { listParameters } from "./mod.ts";
 * const nb = {
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [{
 *     id: "p",
 *     cell_type: "code" as const,
 *     metadata: { tags: ["parameters"] },
 *     source: 'const year = 2023; // financial year starting\nlet regions: string[] = ["London"];',
 *     execution_count: null,
 *     outputs: [],
 *   }],
 * };
 * assert.deepEqual(listParameters(nb).map((p) => [p.name, p.keyword, p.type, p.default]), [
 *   ["year", "const", "number", 2023],
 *   ["regions", "let", "array", ["London"]],
 * ]);
 * ```
 */
export function listParameters(
  nb: Notebook,
  options: ListParametersOptions = {},
): NotebookParameter[] {
  const index = findParametersCell(nb);
  if (index === -1) return [];
  try {
    return parseDeclarations(joinSource(nb.cells[index].source))
      .map((d) => ({ ...d, type: typeOf(d.default) }));
  } catch (error) {
    if (!(error instanceof CellSyntaxError)) throw error;
    const of = options.path === undefined ? "" : ` of "${options.path}"`;
    throw new SyntaxError(
      `Cannot parse the parameters cell${of} (cells[${index}]), line ${error.line}: ${error.message}`,
    );
  }
}

function typeOf(value: JsonValue): NotebookParameter["type"] {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "string" | "number" | "boolean" | "object";
}
