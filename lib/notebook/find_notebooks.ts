import { join } from "node:path";
/**
 * Expands the paths given to the runner: a folder stands for the `.ipynb` files directly in it
 * (sorted by name; hidden files and Jupyter's `.ipynb_checkpoints` left out); any other path is
 * kept as given, so a missing file is reported when its run fails, like any unreadable notebook.
 *
 * @param paths Notebook files and folders of notebooks.
 * @returns The notebook paths, in the order given, each folder's files in name order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findNotebooks } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * for (const name of ["b.ipynb", "a.ipynb", "notes.md", ".hidden.ipynb"]) {
 *   await Deno.writeTextFile(`${dir}/${name}`, "{}");
 * }
 * assert.deepEqual(await findNotebooks([dir, "missing.ipynb"]), [
 *   `${dir}/a.ipynb`,
 *   `${dir}/b.ipynb`,
 *   "missing.ipynb",
 * ]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function findNotebooks(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const isFolder = await Deno.stat(path).then((info) => info.isDirectory, () => false);
    if (!isFolder) {
      found.push(path);
      continue;
    }
    const names: string[] = [];
    for await (const entry of Deno.readDir(path)) {
      if (!entry.isDirectory && entry.name.endsWith(".ipynb") && !entry.name.startsWith(".")) {
        names.push(entry.name);
      }
    }
    found.push(...names.sort().map((name) => join(path, name)));
  }
  return found;
}
