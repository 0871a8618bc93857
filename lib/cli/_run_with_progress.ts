/**
 * Running notebooks with live progress on stdout, as `deno task nb run` and `deno task reproduce`
 * both do, with the execution cache in one place.
 *
 * @module
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/paths.ts";
import { progressPrinter } from "../notebook/progress_printer.ts";
import {
  runNotebooks,
  type RunNotebooksOptions,
  type RunNotebooksResult,
} from "../notebook/run_notebooks.ts";
import { terminalColumns, writeOut } from "./_output.ts";

/** Runs the notebooks, printing their progress; the live lines are cleared however it ends. */
export async function runWithProgress(
  paths: readonly string[],
  options: Omit<RunNotebooksOptions, "onEvent">,
): Promise<RunNotebooksResult> {
  const printer = progressPrinter({
    write: writeOut,
    terminal: Deno.stdout.isTerminal(),
    total: paths.length,
    columns: terminalColumns,
  });
  try {
    return await runNotebooks(paths, { ...options, onEvent: (event) => printer.event(event) });
  } finally {
    printer.close();
  }
}

/**
 * Where the execution cache is: `.cache/notebooks/` in the project, or the folder in the
 * environment variable `NB_CACHE_DIR` (the tests give each run a folder of their own).
 */
export function notebookCacheDir(): string {
  return Deno.env.get("NB_CACHE_DIR") || join(PROJECT_ROOT, ".cache", "notebooks");
}
