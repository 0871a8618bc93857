import { describeFault, faultNotebook } from "./_run_faults.ts";
import { codeToRun } from "./_code_to_run.ts";
import { addChartPictures, kernelEnv } from "./_run_pictures.ts";
import { compareWithStored, writeResult } from "./_run_steps.ts";
import { freshResult } from "./_run_targets.ts";
import type { OutputDifference } from "./compare_outputs.ts";
import { KernelError } from "./errors.ts";
import { executeNotebook, type ExecuteNotebookOptions } from "./execute_notebook.ts";
import { ExecutionError } from "./execution_error.ts";
import type { CellError } from "./find_cell_error.ts";
import type { Notebook } from "./nbformat.ts";
import { parameterize } from "./parameterize.ts";
import { readNotebook } from "./read_notebook.ts";

/** Options for {@linkcode runNotebook}. */
export interface RunNotebookOptions {
  /** Folder for the executed copy, which keeps the source's file name; null writes none. */
  outDir?: string | null;
  /** Write the executed notebook over its source, but only when every cell ran. */
  inPlace?: boolean;
  /** Parameter names to command-line values (see `parameterize`); none keeps the notebook as is. */
  params?: Record<string, string>;
  /** Compare the fresh outputs with the stored ones (see `compareOutputs`). */
  check?: boolean;
  /** Seconds each cell may run before it is interrupted, then the kernel killed. */
  timeout?: number;
  /** Seconds the kernel may take to start; default 60. */
  startTimeout?: number;
  /** Stops the run; the result's status is then `cancelled`. */
  signal?: AbortSignal;
  /** Called when the notebook is ready to run and after each code cell. */
  onProgress?: (event: { done: number; total: number; elapsedMs: number }) => void;
}

/**
 * How a run ended: every cell ran (`ok`); a cell raised (`error`); the outputs differ from the
 * stored ones (`differs`, with `check`); the notebook could not be read, parameterized, run to
 * the end or written (`failed`); or the run was stopped (`cancelled`).
 */
export type RunNotebookStatus = "ok" | "error" | "differs" | "failed" | "cancelled";

/** What {@linkcode runNotebook} returns. */
export interface RunNotebookResult {
  /** The notebook's path, as given. */
  path: string;
  /** How the run ended. */
  status: RunNotebookStatus;
  /** One line saying what went wrong; null when the status is `ok`. */
  message: string | null;
  /** The error behind a failure: an `ExecutionError`, a `KernelError`, a read or write error. */
  failure: Error | null;
  /** The cell that raised, for `error`. */
  cellError: CellError | null;
  /** The outputs that differ from the stored ones, for `differs`. */
  differences: OutputDifference[];
  /** The executed notebook (as far as it ran); null when it did not run. */
  notebook: Notebook | null;
  /** Where the executed notebook was written, or null. */
  written: string | null;
  /** Code cells run, of those to run. */
  cells: { done: number; total: number };
  /** Wall-clock milliseconds. */
  durationMs: number;
}

/**
 * Runs one notebook papermill-style — read → parameterize → execute → check errors → compare →
 * write — and reports how it ended as a value, never by throwing. The kernel runs in the
 * notebook's folder. A notebook whose cell raised is written with the error in it; one whose
 * kernel died or timed out is written as far as it ran, with the fault as an error output of the
 * cell that was running. With `inPlace`, only a notebook that ran without error replaces its
 * source. The file is written atomically, and only the outputs change between two runs.
 *
 * @param path The `.ipynb` file.
 * @param options Where to write, parameters, `check`, timeouts, signal and progress callback.
 * @returns How the run ended, with the executed notebook.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runNotebook } from "./mod.ts";
 * const result = await runNotebook("no/such.ipynb");
 * assert.equal(result.status, "failed");
 * assert.equal(result.message, 'Cannot read notebook "no/such.ipynb": no such file');
 * ```
 */
export async function runNotebook(
  path: string,
  options: RunNotebookOptions = {},
): Promise<RunNotebookResult> {
  const started = performance.now();
  const result = freshResult(path);
  const fail = (status: RunNotebookStatus, failure: Error, message = failure.message) =>
    Object.assign(result, { status, failure, message: message.split("\n")[0] });
  try {
    await runSteps(path, options, result, fail);
  } catch (error) {
    fail("failed", error instanceof Error ? error : new Error(String(error)));
  }
  result.durationMs = performance.now() - started;
  return result;
}

type Fail = (status: RunNotebookStatus, failure: Error, message?: string) => void;

async function runSteps(
  path: string,
  options: RunNotebookOptions,
  result: RunNotebookResult,
  fail: Fail,
): Promise<void> {
  const stored = await readNotebook(path);
  const params = options.params ?? {};
  const prepared = Object.keys(params).length === 0
    ? stored
    : parameterize(stored, params, { path });
  result.cells.total = codeToRun(prepared).length;
  options.onProgress?.({ done: 0, total: result.cells.total, elapsedMs: 0 });
  const onProgress: ExecuteNotebookOptions["onProgress"] = (event) => {
    result.cells.done = event.done;
    options.onProgress?.(event);
  };
  const { timeout, startTimeout, signal } = options;
  // node:path is loaded here, not with the toolkit: a node: module costs ~10 ms of its import.
  const { dirname, resolve } = await import("node:path");
  const cwd = dirname(resolve(path));
  try {
    const execute = { cwd, timeout, startTimeout, signal, onProgress, env: kernelEnv() };
    const run = await executeNotebook(prepared, execute);
    result.notebook = run.notebook;
    await addChartPictures(run.notebook);
    if (run.error !== null) {
      result.cellError = run.error;
      fail("error", new ExecutionError(path, run.error));
    } else if (options.check) {
      compareWithStored(stored, run.notebook, path, result);
    }
  } catch (error) {
    if (!(error instanceof KernelError)) throw error;
    const cancelled = error.kind === "aborted";
    fail(cancelled ? "cancelled" : "failed", error, describeFault(path, error));
    if (!cancelled && error.notebook !== undefined && error.kind !== "start") {
      result.notebook = faultNotebook(error.notebook, error);
    }
  }
  if (result.status === "cancelled") return;
  await writeResult(path, options, result).catch((error: Error) => {
    // A run that already failed keeps its status; the write failure is added to its message.
    if (result.status === "ok" || result.status === "differs") return fail("failed", error);
    result.message = `${result.message} (and ${error.message})`;
  });
}
