/**
 * The result a run of `runNotebooks` starts from, and the result of a notebook it will not run.
 *
 * @module
 */
import type { RunNotebookResult } from "./run_notebook.ts";

/** The result a run of `path` starts from: `ok`, with nothing done yet. */
export function freshResult(path: string): RunNotebookResult {
  return {
    path,
    status: "ok",
    message: null,
    failure: null,
    cellError: null,
    differences: [],
    notebook: null,
    written: null,
    cells: { done: 0, total: 0 },
    cache: null,
    durationMs: 0,
  };
}

/** The result of a notebook never started because the run was stopped first. */
export function notRun(path: string, reason: unknown): RunNotebookResult {
  const why = reason instanceof Error ? reason.message : String(reason);
  const failure = new Error(`Did not run notebook "${path}": ${why}`);
  return { ...freshResult(path), status: "cancelled", message: failure.message, failure };
}
