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

/**
 * Refuses, before any kernel starts, runs whose copies would collide (also where only the case of
 * their names differs, which a case-insensitive file system would merge), replace a source, or go
 * to a folder that is a file.
 */
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
  const { basename, dirname, join, resolve } = await import("node:path");
  for (let at = resolve(outDir);; at = dirname(at)) {
    const info = await Deno.stat(at).catch(() => null);
    if (info?.isDirectory) break;
    if (info !== null) {
      const what = at === resolve(outDir) ? "it is a file" : `"${at}" is a file`;
      throw new RangeError(`Cannot write executed notebooks to "${outDir}": ${what}, not a folder`);
    }
    if (dirname(at) === at) break;
  }
  const seen = new Map<string, string>();
  for (const path of paths) {
    const target = resolve(join(outDir, basename(path)));
    if (target === resolve(path)) {
      throw new RangeError(
        `Cannot write the executed copy of notebook "${path}" to "${outDir}": it would replace ` +
          "the source (write in place to refresh a notebook)",
      );
    }
    const other = seen.get(target.toLowerCase());
    if (other !== undefined && resolve(other) !== resolve(path)) {
      throw new RangeError(
        `Cannot write notebooks "${other}" and "${path}" to "${outDir}": ` +
          (basename(other) === basename(path)
            ? `both are named "${basename(path)}"`
            : `their names differ only in case, and would be one file on some systems`),
      );
    }
    seen.set(target.toLowerCase(), path);
  }
}
