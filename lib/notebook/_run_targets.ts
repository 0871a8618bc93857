/**
 * What `runNotebooks` decides without running anything: whether the copies' targets are safe, the
 * result a run starts from, and the result of a notebook it will not run.
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
    durationMs: 0,
  };
}

/** The result of a notebook never started because the run was stopped first. */
export function notRun(path: string, reason: unknown): RunNotebookResult {
  const why = reason instanceof Error ? reason.message : String(reason);
  const failure = new Error(`Did not run notebook "${path}": ${why}`);
  return { ...freshResult(path), status: "cancelled", message: failure.message, failure };
}

/** Refuses, before any kernel starts, runs whose copies would collide or replace a source. */
export async function checkTargets(
  paths: readonly string[],
  options: { outDir?: string | null; inPlace?: boolean },
): Promise<void> {
  const { outDir, inPlace } = options;
  if (inPlace && outDir != null) {
    throw new RangeError(
      `Cannot write notebooks both in place and to "${outDir}": choose one`,
    );
  }
  if (inPlace || outDir == null) return;
  // node:path is loaded here, not with the toolkit: a node: module costs ~10 ms of its import.
  const { basename, join, resolve } = await import("node:path");
  const seen = new Map<string, string>();
  for (const path of paths) {
    const target = resolve(join(outDir, basename(path)));
    if (target === resolve(path)) {
      throw new RangeError(
        `Cannot write the executed copy of notebook "${path}" to "${outDir}": it would replace ` +
          "the source (write in place to refresh a notebook)",
      );
    }
    const other = seen.get(target);
    if (other !== undefined && resolve(other) !== resolve(path)) {
      throw new RangeError(
        `Cannot write notebooks "${other}" and "${path}" to "${outDir}": both are named ` +
          `"${basename(path)}"`,
      );
    }
    seen.set(target, path);
  }
}
