import { createHash } from "node:crypto";
import { jsonDepth, locateJsonError, MAX_JSON_DEPTH } from "./_json_error.ts";
import { notebookProblems, problemsError } from "./_schema_problems.ts";
import { joinSource, type MultilineString, type Notebook } from "./nbformat.ts";

/**
 * Parses and validates the text of an `.ipynb` file against nbformat 4.0–4.5, upgrading it to 4.5
 * in memory.
 *
 * Notebooks older than 4.5 have no cell ids; each cell gets one derived from a SHA-256 of its index
 * and source (8 hex digits), so reading the same file twice gives the same ids. nbformat's own
 * upgrade draws random ids instead, which would make every written copy differ.
 *
 * @param text The file's text.
 * @param path The file's path, used only in error messages.
 * @returns The notebook, at nbformat 4.5.
 * @throws {SyntaxError} When the text is not JSON: the message names the file, line and column.
 * @throws {RangeError} When the notebook is not nbformat 4.0–4.5 (e.g. nbformat 3), or its JSON
 * nests arrays and objects more than 1,000 levels deep.
 * @throws {TypeError} When the JSON is not a notebook: the message lists every bad field by its
 * JSON path, e.g. `cells[3].cell_type`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseNotebook } from "./mod.ts";
 * const text = JSON.stringify({
 *   nbformat: 4,
 *   nbformat_minor: 4,
 *   metadata: {},
 *   cells: [{ cell_type: "markdown", metadata: {}, source: "# Title" }],
 * });
 * const nb = parseNotebook(text, "title.ipynb");
 * assert.equal(nb.nbformat_minor, 5);
 * assert.equal(nb.cells[0].id, parseNotebook(text, "title.ipynb").cells[0].id);
 * assert.throws(() => parseNotebook("{", "bad.ipynb"), SyntaxError);
 * ```
 */
export function parseNotebook(text: string, path: string): Notebook {
  const value = parseJson(text, path);
  const minor = checkVersion(value, path);
  const problems = notebookProblems(value, minor);
  if (problems.length > 0) {
    throw problemsError(`Cannot read notebook "${path}"`, `4.${minor}`, problems);
  }
  const notebook = value as Notebook;
  if (minor < 5) upgrade(notebook);
  return notebook;
}

function parseJson(text: string, path: string): unknown {
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    throw new RangeError(
      `Cannot read notebook "${path}": its JSON nests ${depth.toLocaleString("en-GB")} levels ` +
        `deep, more than the ${MAX_JSON_DEPTH.toLocaleString("en-GB")} a notebook may have`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = locateJsonError(text);
    if (where === null) throw error;
    throw new SyntaxError(
      `Cannot parse notebook "${path}" at line ${where.line}, column ${where.column}: ${where.reason}`,
      { cause: error },
    );
  }
}

function checkVersion(value: unknown, path: string): number {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`Cannot read notebook "${path}": expected a JSON object at the top level`);
  }
  const { nbformat, nbformat_minor: minor } = value as Record<string, unknown>;
  if (typeof nbformat === "number" && nbformat !== 4) {
    throw new RangeError(
      `Cannot read notebook "${path}": nbformat ${nbformat} is not supported (only 4.0 to 4.5)`,
    );
  }
  if (typeof minor === "number" && minor > 5) {
    throw new RangeError(
      `Cannot read notebook "${path}": nbformat 4.${minor} is newer than supported (4.0 to 4.5)`,
    );
  }
  // A missing or malformed version is a wrong shape; the schema reports it with the rest.
  return Number.isInteger(minor) && (minor as number) >= 0 ? minor as number : 4;
}

function upgrade(notebook: Notebook): void {
  const ids = deriveCellIds(notebook.cells);
  // Put `id` first, where nbformat's upgrade leaves it; key order is not significant on disk.
  notebook.cells = notebook.cells.map((cell, index) => ({ ...cell, id: ids[index] }));
  notebook.nbformat_minor = 5;
}

/**
 * Derives the id nbformat 4.5 requires for a cell of an older notebook.
 *
 * nbformat's own upgrade draws random ids, so each read of a 4.4 notebook would give new ids and
 * every written copy would differ. Ours are the first 8 hex digits of the SHA-256 of the cell's
 * index and source: the same notebook always gets the same ids, and an id changes only when its
 * cell moves or is edited. A clash with an earlier id gets `-<index>` appended, which is unique
 * because indexes are.
 *
 * @param cells The cells, in order.
 * @returns One id per cell.
 */
function deriveCellIds(cells: readonly { source: MultilineString }[]): string[] {
  const used = new Set<string>();
  return cells.map((cell, index) => {
    // node:crypto's digest is synchronous, as parsing a notebook is; Web Crypto's is not.
    const digest = createHash("sha256").update(`${index}\n${joinSource(cell.source)}`);
    let id = digest.digest("hex").slice(0, 8);
    if (used.has(id)) id = `${id}-${index}`;
    used.add(id);
    return id;
  });
}
