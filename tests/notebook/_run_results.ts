/** Run results written out by hand, for tests of what is printed about a run. */
import type { RunNotebookResult } from "../../lib/notebook/run_notebook.ts";
import { freshResult } from "../../lib/notebook/_run_steps.ts";

/** A result with the fields given and the rest as an `ok` run of `path` would have them. */
export function result(path: string, fields: Partial<RunNotebookResult> = {}): RunNotebookResult {
  return { ...freshResult(path), cells: { done: 3, total: 3 }, durationMs: 1200, ...fields };
}
