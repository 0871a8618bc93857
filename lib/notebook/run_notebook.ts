import { dirname, resolve } from "node:path";
import { type CacheEntry, cacheEntry, lookup, store } from "./_execution_cache.ts";
import { importSpecifiers, localModules } from "./_module_graph.ts";
import { codeToRun } from "./_code_to_run.ts";
import { addChartPictures, kernelEnv, warmPictures } from "./_run_pictures.ts";
import {
  compareWithStored,
  describeFault,
  faultNotebook,
  freshResult,
  writeResult,
} from "./_run_steps.ts";
import type { OutputDifference } from "./compare_outputs.ts";
import { KernelError } from "./errors.ts";
import { executeNotebook, type ExecuteNotebookOptions } from "./execute_notebook.ts";
import { ExecutionError } from "./execution_error.ts";
import type { CellError } from "./find_cell_error.ts";
import { joinSource, type Notebook } from "./nbformat.ts";
import { parameterize } from "./parameterize.ts";
import { readNotebook } from "./read_notebook.ts";

/** Options for {@linkcode runNotebook}; its time limits are `executeNotebook()`'s. */
export interface RunNotebookOptions
  extends Pick<ExecuteNotebookOptions, "timeout" | "startTimeout"> {
  /** Folder for the executed copy, which keeps the source's file name; null writes none. */
  outDir?: string | null;
  /** Write the executed notebook over its source, but only when every cell ran. */
  inPlace?: boolean;
  /** Parameter names to command-line values (see `parameterize`); none keeps the notebook as is. */
  params?: Record<string, string>;
  /** Compare the fresh outputs with the stored ones (see `compareOutputs`). */
  check?: boolean;
  /** Stops the run; the result's status is then `cancelled`. */
  signal?: AbortSignal;
  /** Called when the notebook is ready to run and after each code cell. */
  onProgress?: (event: { done: number; total: number; elapsedMs: number }) => void;
  /**
   * The execution cache: reuse the outputs of the last run of this notebook with these
   * parameters that ended without error when none of its inputs changed since — its code cells,
   * its parameters, every local module it imports (transitively), every file it read while it
   * ran, the `deno.json` and `deno.lock` its kernel used, and the Deno version — and store this
   * run's otherwise. `force` runs it anyway (and stores the run). Never used with `check`.
   */
  cache?: { dir: string; force?: boolean } | null;
}

/** Whether a notebook ran or its stored outputs were reused, and why. */
export interface CacheDecision {
  /** True when it ran; false when the outputs of an earlier run were reused. */
  ran: boolean;
  /**
   * Why: `up to date`, `not run before`, `its code changed`, `data/commissioning_spend.csv
   * changed`, `Deno changed (2.9.5 to 2.9.6)`, `--force`…
   */
  reason: string;
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
  /** With a cache: whether the notebook ran or its outputs were reused, and why; else null. */
  cache: CacheDecision | null;
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
  const cache = options.cache != null && !options.check
    ? await cacheEntry(options.cache.dir, path, prepared, params)
    : null;
  if (cache !== null) {
    const found = options.cache?.force
      ? { reuse: null, reason: "--force" }
      : await lookup(cache, prepared);
    result.cache = { ran: found.reuse === null, reason: found.reason };
    if (found.reuse !== null) {
      result.notebook = found.reuse;
      result.cells.done = result.cells.total;
      return await writeOrFail(path, options, result, fail);
    }
  }
  options.onProgress?.({ done: 0, total: result.cells.total, elapsedMs: 0 });
  const onProgress: ExecuteNotebookOptions["onProgress"] = (event) => {
    result.cells.done = event.done;
    options.onProgress?.(event);
  };
  const { timeout, startTimeout, signal } = options;
  const cwd = dirname(resolve(path));
  let reads: string[] | null = null;
  try {
    warmPictures(prepared);
    const run = await executeNotebook(prepared, {
      cwd,
      timeout,
      startTimeout,
      signal,
      onProgress,
      recordReads: cache !== null,
      env: kernelEnv(),
    });
    result.notebook = run.notebook;
    reads = run.reads;
    await addChartPictures(run.notebook);
    if (run.error !== null) {
      result.cellError = run.error;
      fail("error", new ExecutionError(path, run.error));
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
  // Steps on the executed notebook (none yet; rendering charts to images would be one) go here:
  // what is compared, stored in the cache and written is the notebook after them.
  if (result.status === "ok" && result.notebook !== null) {
    if (options.check) {
      compareWithStored(stored, result.notebook, path, result);
    } else if (cache !== null && reads !== null) {
      const why = await remember(cache, prepared, result.notebook, reads, cwd);
      if (why !== null && result.cache !== null) result.cache.reason += ` (not stored: ${why})`;
    }
  }
  await writeOrFail(path, options, result, fail);
}

async function writeOrFail(
  path: string,
  options: RunNotebookOptions,
  result: RunNotebookResult,
  fail: Fail,
): Promise<void> {
  await writeResult(path, options, result).catch((error: Error) => {
    // A run that already failed keeps its status; the write failure is added to its message.
    if (result.status === "ok" || result.status === "differs") return fail("failed", error);
    result.message = `${result.message} (and ${error.message})`;
  });
}

/**
 * Stores a run that ended without error in the cache, with the modules its code imports. A run
 * that cannot be stored (its module graph cannot be listed, the cache folder cannot be written)
 * still counts: it simply runs again next time. Returns why it was not stored, or null.
 */
async function remember(
  entry: CacheEntry,
  prepared: Notebook,
  executed: Notebook,
  reads: string[],
  folder: string,
): Promise<string | null> {
  const code = prepared.cells.filter((cell) => cell.cell_type === "code")
    .map((cell) => joinSource(cell.source)).join("\n");
  try {
    const modules = await localModules(importSpecifiers(code), { folder, config: entry.config });
    await store(entry, executed, { modules, reads });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
