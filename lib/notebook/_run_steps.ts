/**
 * The steps of `runNotebook` after execution: comparing with the stored outputs and writing the
 * executed copy, each recording its outcome in the result.
 *
 * @module
 */
import { basename, join } from "node:path";
import { compareOutputs } from "./compare_outputs.ts";
import type { Notebook } from "./nbformat.ts";
import type { RunNotebookOptions, RunNotebookResult } from "./run_notebook.ts";
import { writeNotebook } from "./write_notebook.ts";

/** Compares the fresh outputs with the stored ones; any difference makes the run `differs`. */
export function compareWithStored(
  stored: Notebook,
  fresh: Notebook,
  path: string,
  result: RunNotebookResult,
): void {
  result.differences = compareOutputs(stored, fresh, { from: `stored ${path}`, to: "fresh run" });
  if (result.differences.length === 0) return;
  const count = result.differences.length;
  result.status = "differs";
  result.message = `Outputs of notebook "${path}" differ from the stored ones: ${count} ` +
    (count === 1 ? "difference" : "differences");
}

/**
 * Writes the executed notebook where the options say: over the source (`inPlace`, and only
 * when it ran without error) or into `outDir` under the source's name; records where.
 */
export async function writeResult(
  path: string,
  options: RunNotebookOptions,
  result: RunNotebookResult,
): Promise<void> {
  if (result.notebook === null) return;
  const target = options.inPlace
    ? (result.status === "ok" ? path : null)
    : options.outDir == null
    ? null
    : join(options.outDir, basename(path));
  if (target === null) return;
  await writeNotebook(target, result.notebook, {
    sourcePath: path,
    overwriteSource: options.inPlace,
  });
  result.written = target;
}
