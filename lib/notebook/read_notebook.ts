import type { Notebook } from "./nbformat.ts";
import { parseNotebook } from "./parse_notebook.ts";

/**
 * Reads an `.ipynb` file, validates it against nbformat 4.0–4.5 and upgrades it to 4.5 in memory
 * (see {@linkcode parseNotebook} for how missing cell ids are derived).
 *
 * @param path The notebook's path.
 * @returns The notebook, at nbformat 4.5.
 * @throws {Deno.errors.NotFound} When there is no file at `path`; the message names the path.
 * @throws {SyntaxError} When the file is not UTF-8 JSON: the message names the file, line and
 * column.
 * @throws {RangeError} When the notebook is not nbformat 4.0–4.5 (e.g. nbformat 3), or nests
 * deeper than 1,000 levels.
 * @throws {TypeError} When the JSON is not a notebook: the message lists every bad field by its
 * JSON path.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readNotebook } from "./mod.ts";
 * await assert.rejects(readNotebook("no/such/notebook.ipynb"), Deno.errors.NotFound);
 * ```
 */
export async function readNotebook(path: string): Promise<Notebook> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new Deno.errors.NotFound(`Cannot read notebook "${path}": no such file`, {
      cause: error,
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new SyntaxError(`Cannot read notebook "${path}": the file is not valid UTF-8`, {
      cause: error,
    });
  }
  return parseNotebook(text, path);
}
