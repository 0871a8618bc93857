import { basename, dirname, join, resolve } from "node:path";
import type { RunNotebookOptions } from "./run_notebook.ts";

/** Options for {@linkcode checkRunTargets}: where `runNotebook` would write the executed copies. */
export type CheckRunTargetsOptions = Pick<RunNotebookOptions, "outDir" | "inPlace">;

/**
 * Checks, before any kernel starts, where a run of `runNotebooks` would write: it refuses copies
 * that would collide (also where only the case of their names differs, which a case-insensitive
 * file system would merge), replace a source, or go to a folder that is a file. `runNotebooks`
 * calls it first; a caller with steps of its own before the run calls it before those.
 *
 * @param paths The notebooks to run.
 * @param options Where the copies go.
 * @throws {RangeError} When the targets are unsafe; the message names the notebooks or folder.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkRunTargets } from "./mod.ts";
 * await assert.rejects(checkRunTargets(["a/x.ipynb", "b/X.ipynb"], { outDir: "out" }), RangeError);
 * await checkRunTargets(["a/x.ipynb", "b/y.ipynb"], { outDir: "out" });
 * ```
 */
export async function checkRunTargets(
  paths: readonly string[],
  options: CheckRunTargetsOptions,
): Promise<void> {
  const { outDir, inPlace } = options;
  if (inPlace && outDir != null) {
    throw new RangeError(
      `Cannot write notebooks both in place and to "${outDir}": choose one`,
    );
  }
  if (inPlace || outDir == null) return;
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
