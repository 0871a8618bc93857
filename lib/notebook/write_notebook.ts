import { resolve } from "node:path";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import type { Notebook } from "./nbformat.ts";
import { serializeNotebook } from "./serialize_notebook.ts";

/** Options for {@linkcode writeNotebook}. */
export interface WriteNotebookOptions {
  /**
   * The path the notebook was read from. Writing over that file is refused unless
   * `overwriteSource` is true, so an executed copy never replaces its source by accident.
   */
  sourcePath?: string;
  /** Allow `path` to be the source notebook itself. Default false. */
  overwriteSource?: boolean;
}

/**
 * Writes a notebook atomically, serialised exactly as Jupyter writes it
 * (see {@linkcode serializeNotebook}), so re-running a notebook diffs clean.
 *
 * The text goes to a temporary file in the destination folder, is flushed to disk (fsync) and is
 * then renamed over `path` (`writeFileAtomic()`): readers see the old file or the new one, never
 * half of one. On failure the temporary file is removed. Missing parent folders are created.
 *
 * @param path Where to write the `.ipynb` file.
 * @param nb The notebook (nbformat 4.5).
 * @param options The source path, and whether it may be overwritten.
 * @returns Once the file is in place.
 * @throws {Deno.errors.AlreadyExists} When `path` is `options.sourcePath` (the same file, however
 * spelled) and `overwriteSource` is not true.
 * @throws {TypeError} When the notebook is not valid nbformat 4.5 (nothing is written).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readNotebook, writeNotebook } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const nb = {
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [{ id: "c1", cell_type: "raw" as const, metadata: {}, source: "x" }],
 * };
 * await writeNotebook(`${dir}/out/a.ipynb`, nb);
 * assert.deepEqual(await readNotebook(`${dir}/out/a.ipynb`), { ...nb, cells: [{ ...nb.cells[0], source: ["x"] }] });
 * await assert.rejects(
 *   writeNotebook(`${dir}/out/a.ipynb`, nb, { sourcePath: `${dir}/out/../out/a.ipynb` }),
 *   Deno.errors.AlreadyExists,
 * );
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeNotebook(
  path: string,
  nb: Notebook,
  options: WriteNotebookOptions = {},
): Promise<void> {
  const text = serializeNotebook(nb);
  const { sourcePath, overwriteSource = false } = options;
  if (sourcePath !== undefined && !overwriteSource && await isSameFile(path, sourcePath)) {
    throw new Deno.errors.AlreadyExists(
      `Cannot write notebook "${path}": it is the source notebook "${sourcePath}"; ` +
        "pass overwriteSource: true to replace it",
    );
  }
  try {
    await writeFileAtomic(path, text);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const ErrorClass = error.constructor as ErrorConstructor;
    throw new ErrorClass(`Cannot write notebook "${path}": ${error.message}`, { cause: error });
  }
}

async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [left, right] = await Promise.all([statOrNull(a), statOrNull(b)]);
  if (left === null || right === null) return false;
  if (left.ino !== null && left.dev === right.dev && left.ino === right.ino) return true;
  return left.ino === null && await Deno.realPath(a) === await Deno.realPath(b);
}

async function statOrNull(path: string): Promise<Deno.FileInfo | null> {
  try {
    return await Deno.stat(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
}
