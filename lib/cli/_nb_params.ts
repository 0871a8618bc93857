/**
 * `deno task nb params`: each notebook's parameters with their types and defaults.
 *
 * @module
 */
import { findNotebooks } from "../notebook/find_notebooks.ts";
import { listParameters } from "../notebook/list_parameters.ts";
import { readNotebook } from "../notebook/read_notebook.ts";
import { writeOut } from "./_output.ts";

/** Lists the parameters; returns the exit status (1 when a notebook could not be read). */
export async function paramsCommand(paths: string[]): Promise<number> {
  let status = 0;
  for (const path of await findNotebooks(paths)) {
    try {
      writeOut(describe(path, listParameters(await readNotebook(path), { path })));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      status = 1;
    }
  }
  return status;
}

function describe(path: string, parameters: ReturnType<typeof listParameters>): string {
  if (parameters.length === 0) return `${path}: no parameters (no code cell tagged "parameters")\n`;
  const rows = parameters.map((p) => [p.name, p.type, JSON.stringify(p.default)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const count = parameters.length === 1 ? "1 parameter" : `${parameters.length} parameters`;
  const lines = rows.map(([name, type, value]) =>
    `  ${name.padEnd(widths[0])}  ${type.padEnd(widths[1])}  ${value}`
  );
  return `${path}: ${count}\n${lines.join("\n")}\n`;
}
