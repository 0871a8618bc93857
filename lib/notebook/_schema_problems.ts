/**
 * Turns zod's issues for a notebook into one readable line per bad field, with JSON paths such
 * as `cells[3].cell_type` and the value found.
 *
 * @module
 */
import { z } from "../deps.ts";
import { notebookSchema } from "./_schema.ts";

/** One bad field: its JSON path (`cells[3].cell_type`) and what is wrong with it. */
export interface SchemaProblem {
  /** The JSON path, e.g. `cells[3].outputs[0].name`. */
  path: string;
  /** What is wrong, ending with the value found when there is one. */
  message: string;
}

/**
 * Checks a parsed notebook against nbformat 4.x and lists every problem (not only the first).
 *
 * @param value The parsed JSON.
 * @param minor The minor version whose rules apply.
 * @returns The problems (duplicate cell ids last); empty when the notebook is valid.
 */
export function notebookProblems(value: unknown, minor: number): SchemaProblem[] {
  const result = notebookSchema(minor).safeParse(value, { reportInput: true });
  const problems = result.success ? [] : result.error.issues.flatMap((issue) => describe(issue));
  return [...problems, ...duplicateIdProblems(value)];
}

function describe(issue: z.core.$ZodIssue): SchemaProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: jsonPath([...issue.path, key]),
      message: "unexpected field",
    }));
  }
  let input = (issue as { input?: unknown }).input;
  let expected = plainMessage(issue.message);
  const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
  if (issue.code === "invalid_union" && discriminator !== undefined && options) {
    // zod reports the whole object; the reader wants the tag's own value.
    input = (input as Record<string, unknown> | undefined)?.[discriminator];
    expected = `expected one of ${options.map((option) => JSON.stringify(option)).join(", ")}`;
  }
  if (input === undefined) return [{ path: jsonPath(issue.path), message: "missing field" }];
  return [{ path: jsonPath(issue.path), message: `${expected}, got ${preview(input)}` }];
}

function plainMessage(message: string): string {
  const plain = message.replace(/^(Invalid input|Invalid option|Too small|Too big): /, "")
    .replace(/, received \w+$/, "").replace(/"\|"/g, '", "');
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

function duplicateIdProblems(value: unknown): SchemaProblem[] {
  const cells = (value as { cells?: unknown })?.cells;
  if (!Array.isArray(cells)) return [];
  const seen = new Map<string, number>();
  const problems: SchemaProblem[] = [];
  cells.forEach((cell, index) => {
    const id = (cell as { id?: unknown })?.id;
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      problems.push({
        path: `cells[${index}].id`,
        message: `duplicate id ${JSON.stringify(id)} (also cells[${first}].id)`,
      });
    }
  });
  return problems;
}

/**
 * Builds the TypeError for a notebook with bad fields, one field a line.
 *
 * @param action What failed, e.g. `Cannot read notebook "a.ipynb"`.
 * @param version The nbformat version checked against, e.g. `4.5`.
 * @param problems The bad fields (at least one).
 * @returns The error, with the problems as its `cause`.
 */
export function problemsError(
  action: string,
  version: string,
  problems: SchemaProblem[],
): TypeError {
  const count = problems.length === 1 ? "1 field is" : `${problems.length} fields are`;
  const lines = problems.map((problem) => `  ${problem.path}: ${problem.message}`);
  return new TypeError(`${action}: ${count} not valid nbformat ${version}\n${lines.join("\n")}`, {
    cause: problems,
  });
}

/** Writes a zod path as a JSON path: `cells[3].cell_type`. */
function jsonPath(path: readonly PropertyKey[]): string {
  return z.core.toDotPath(path as PropertyKey[]) || "(top level)";
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
