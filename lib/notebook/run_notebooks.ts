import { holdPictures } from "./_run_pictures.ts";
import { notRun } from "./_run_steps.ts";
import { checkRunTargets } from "./check_run_targets.ts";
import { runNotebook, type RunNotebookOptions, type RunNotebookResult } from "./run_notebook.ts";

/**
 * Notebooks run at once by default: one per CPU, at most 8. Each runs in its own kernel, a Deno
 * process of a few hundred megabytes that keeps a core busy while a cell computes, so more
 * kernels than cores only adds memory, and past 8 the machine's memory is the limit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_JOBS } from "./mod.ts";
 * assert.ok(DEFAULT_JOBS >= 1 && DEFAULT_JOBS <= 8);
 * ```
 */
export const DEFAULT_JOBS: number = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8));

/** Something that happened while {@linkcode runNotebooks} ran; `index` is the notebook's. */
export type RunEvent =
  | { type: "start"; index: number; path: string }
  | {
    type: "progress";
    index: number;
    path: string;
    done: number;
    total: number;
    elapsedMs: number;
  }
  | { type: "finish"; index: number; path: string; result: RunNotebookResult };

/** Options for {@linkcode runNotebooks}. */
export interface RunNotebooksOptions extends Omit<RunNotebookOptions, "onProgress"> {
  /** Notebooks run at once, each in its own kernel; default {@linkcode DEFAULT_JOBS}. */
  jobs?: number;
  /** After the first notebook that does not end `ok`, stop the others (they are `cancelled`). */
  failFast?: boolean;
  /** Called as notebooks start, progress and finish. */
  onEvent?: (event: RunEvent) => void;
}

/** What {@linkcode runNotebooks} returns. */
export interface RunNotebooksResult {
  /** One result per notebook, in the order given. */
  results: RunNotebookResult[];
  /** True when every notebook ended `ok`. */
  ok: boolean;
  /** Wall-clock milliseconds. */
  durationMs: number;
}

/**
 * Runs notebooks (see {@linkcode runNotebook}), at most `jobs` at once, in the order given.
 * Every notebook runs even when another fails, unless `failFast` is set.
 *
 * @param paths The `.ipynb` files.
 * @param options The job limit, fail-fast, event callback, and what each run does.
 * @returns The results in the order of `paths`, and whether all ended `ok`.
 * @throws {RangeError} Before anything runs: when `jobs` is not a whole number of 1 or more, when
 * two notebooks would be written to the same file, or when a copy would replace its source.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runNotebooks } from "./mod.ts";
 * const events: string[] = [];
 * const run = await runNotebooks(["no/such.ipynb"], {
 *   onEvent: (event) => events.push(event.type),
 * });
 * assert.equal(run.ok, false);
 * assert.equal(run.results[0].status, "failed");
 * assert.deepEqual(events, ["start", "finish"]);
 * ```
 */
export async function runNotebooks(
  paths: readonly string[],
  options: RunNotebooksOptions = {},
): Promise<RunNotebooksResult> {
  const { jobs = DEFAULT_JOBS, failFast = false, onEvent, signal, ...runOptions } = options;
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(
      `Cannot run notebooks ${jobs} at a time: expected a whole number, 1 or more`,
    );
  }
  await checkRunTargets(paths, options);
  const started = performance.now();
  const stop = new AbortController();
  const both = signal === undefined ? stop.signal : AbortSignal.any([signal, stop.signal]);
  const results: RunNotebookResult[] = new Array(paths.length);
  let next = 0;
  const runOne = async (index: number): Promise<RunNotebookResult> => {
    const path = paths[index];
    if (both.aborted) return notRun(path, both.reason);
    onEvent?.({ type: "start", index, path });
    const result = await runNotebook(path, {
      ...runOptions,
      signal: both,
      onProgress: (progress) => onEvent?.({ type: "progress", index, path, ...progress }),
    });
    if (failFast && result.status !== "ok" && !stop.signal.aborted) {
      stop.abort(new Error(`fail-fast: notebook "${path}" did not end ok`));
    }
    return result;
  };
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await runOne(index);
      onEvent?.({ type: "finish", index, path: paths[index], result: results[index] });
    }
  };
  // One Chromium draws the chart pictures of every notebook in the run.
  const release = holdPictures();
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, worker));
  } finally {
    await release();
  }
  const ok = results.every((result) => result.status === "ok");
  return { results, ok, durationMs: performance.now() - started };
}
