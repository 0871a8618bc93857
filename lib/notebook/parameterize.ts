import { coerceParameter } from "./_coerce_parameter.ts";
import { findParametersCell } from "./_parameters_cell.ts";
import { listParameters, type ListParametersOptions } from "./list_parameters.ts";
import type { CodeCell, Notebook } from "./nbformat.ts";

/** Options for {@linkcode parameterize}: the notebook's path, as `listParameters()` takes it. */
export type ParameterizeOptions = ListParametersOptions;

/**
 * The id and tag of the cell {@linkcode parameterize} inserts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { INJECTED_PARAMETERS } from "./mod.ts";
 * assert.equal(INJECTED_PARAMETERS, "injected-parameters");
 * ```
 */
export const INJECTED_PARAMETERS = "injected-parameters";

/**
 * Sets a notebook's parameters for one run, papermill-style: after the first code cell tagged
 * `parameters` comes a new code cell tagged (and with id) `injected-parameters` that redeclares
 * each given parameter with its new value, e.g. `const year = 2024;`.
 *
 * Redeclaring works because the Deno kernel runs each cell as a separate REPL input, and the Deno
 * REPL (V8's REPL mode) lets a later input redeclare a top-level `const` or `let`, with the same
 * keyword only: `const x = 1;` then `const x = 2;` in the next input is fine and even functions
 * defined earlier see the new value, but `let x` then `const x` is "Identifier 'x' has already
 * been declared" (checked with `deno repl` 2.9.6, which `deno jupyter` shares). So the injected
 * cell reuses each parameter's keyword from the parameters cell.
 *
 * Values arrive as command-line text and are typed by each default (see {@linkcode listParameters}):
 * numbers must be finite, booleans `true` or `false`, arrays and objects JSON of that shape, a
 * null default takes JSON or else the text. An injected cell from an earlier run is removed
 * wherever it is, so the result runs with exactly `params` over the defaults (none given: no
 * injected cell). The values are recorded in `metadata.runner.parameters`, in declaration order.
 *
 * @param nb The notebook; not modified.
 * @param params Parameter names to command-line values.
 * @param options The notebook's path, for error messages.
 * @returns A new notebook.
 * @throws {RangeError} When parameters are given but no code cell is tagged `parameters`, or a
 * name is not declared there (the message lists the declared ones).
 * @throws {TypeError} When a value does not fit its default's type.
 * @throws {SyntaxError} When the parameters cell is not literal declarations, or an array or
 * object value is not JSON.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parameterize } from "./mod.ts";
 * const nb = {
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [{
 *     id: "p",
 *     cell_type: "code" as const,
 *     metadata: { tags: ["parameters"] },
 *     source: 'const year = 2023;\nconst region = "London";',
 *     execution_count: null,
 *     outputs: [],
 *   }],
 * };
 * const run = parameterize(nb, { year: "2024" });
 * assert.equal(run.cells[1].source, "// Parameters injected by the notebook runner\nconst year = 2024;\n");
 * assert.deepEqual(run.metadata.runner, { parameters: { year: 2024 } });
 * assert.throws(() => parameterize(nb, { year: "next" }), TypeError);
 * ```
 */
export function parameterize(
  nb: Notebook,
  params: Record<string, string>,
  options: ParameterizeOptions = {},
): Notebook {
  const out = structuredClone(nb);
  out.cells = out.cells.filter((cell) => !(cell.metadata.tags ?? []).includes(INJECTED_PARAMETERS));
  const names = Object.keys(params);
  const values: Record<string, unknown> = {};
  const runner = out.metadata.runner;
  const record = (parameters: Record<string, unknown>) => {
    const base = typeof runner === "object" && runner !== null ? runner : {};
    out.metadata.runner = { ...base, parameters };
  };
  if (names.length === 0) {
    record(values);
    return out;
  }
  const index = findParametersCell(out);
  const where = options.path === undefined ? "the notebook" : `notebook "${options.path}"`;
  if (index === -1) {
    throw new RangeError(
      `Cannot set parameters ${quoteList(names)}: ${where} has no code cell tagged "parameters"`,
    );
  }
  const declared = listParameters(out, options);
  for (const name of names) {
    if (declared.some((parameter) => parameter.name === name)) continue;
    const known = declared.length === 0 ? "none" : quoteList(declared.map((p) => p.name));
    throw new RangeError(
      `Unknown parameter "${name}": the parameters cell of ${where} declares ${known}`,
    );
  }
  const lines = ["// Parameters injected by the notebook runner\n"];
  for (const parameter of declared) {
    if (!Object.hasOwn(params, parameter.name)) continue;
    values[parameter.name] = coerceParameter(parameter, params[parameter.name]);
    lines.push(
      `${parameter.keyword} ${parameter.name} = ${JSON.stringify(values[parameter.name])};\n`,
    );
  }
  if (out.cells.some((cell) => cell.id === INJECTED_PARAMETERS)) {
    throw new RangeError(
      `Cannot inject parameters: ${where} already has a cell with id "${INJECTED_PARAMETERS}"`,
    );
  }
  out.cells.splice(index + 1, 0, injectedCell(lines.join("")));
  record(values);
  return out;
}

function injectedCell(source: string): CodeCell {
  return {
    id: INJECTED_PARAMETERS,
    cell_type: "code",
    metadata: { tags: [INJECTED_PARAMETERS] },
    source,
    execution_count: null,
    outputs: [],
  };
}

function quoteList(names: string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}
