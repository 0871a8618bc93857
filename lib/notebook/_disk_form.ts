/**
 * The notebook as nbformat writes it to disk: transient fields dropped and multi-line text
 * rejoined then split into lines exactly as nbformat's `rejoin_lines` (on read) and `split_lines`
 * (on write) do, so our text equals what `nbformat.write(nbformat.read(...))` would produce.
 *
 * @module
 */
import { isJsonMime, isLinesMime } from "./_mime.ts";
import type { Notebook } from "./nbformat.ts";

type Json = Record<string, unknown>;

/**
 * Splits text as Python's `str.splitlines(keepends=True)`, which breaks at more than `\n`.
 *
 * @param text The text.
 * @returns The lines, each keeping its line break; empty for empty text.
 */
function pythonSplitLines(text: string): string[] {
  return text.match(PYTHON_LINE)!.filter((line) => line !== "");
}

// The file, group and record separators (\x1c-\x1e) are line breaks to Python, so they are here.
const BREAKS = String.raw`\n\r\v\f\x1c-\x1e\x85\u2028\u2029`;
const PYTHON_LINE = new RegExp(String.raw`[^${BREAKS}]*(\r\n|[${BREAKS}]|$)`, "g");

function rejoin(value: unknown): unknown {
  const lines = Array.isArray(value) && value.every((line) => typeof line === "string");
  return lines ? (value as string[]).join("") : value;
}

function bundleToDisk(bundle: Json): Json {
  const out: Json = {};
  for (const [mime, value] of Object.entries(bundle)) {
    const joined = isJsonMime(mime) ? value : rejoin(value);
    out[mime] = typeof joined === "string" && isLinesMime(mime) ? pythonSplitLines(joined) : joined;
  }
  return out;
}

function outputToDisk(output: Json): Json {
  const { transient: _transient, ...rest } = output;
  if (rest.data && typeof rest.data === "object") rest.data = bundleToDisk(rest.data as Json);
  if (rest.output_type === "stream") {
    const text = rejoin(rest.text);
    rest.text = typeof text === "string" ? pythonSplitLines(text) : text;
  }
  return rest;
}

function cellToDisk(cell: Json): Json {
  const { trusted: _trusted, ...metadata } = (cell.metadata ?? {}) as Json;
  const out: Json = { ...cell, metadata };
  const source = rejoin(cell.source);
  out.source = typeof source === "string" ? pythonSplitLines(source) : source;
  if (cell.attachments && typeof cell.attachments === "object") {
    out.attachments = Object.fromEntries(
      Object.entries(cell.attachments as Json).map(([name, bundle]) => [
        name,
        bundleToDisk(bundle as Json),
      ]),
    );
  }
  if (Array.isArray(cell.outputs)) out.outputs = cell.outputs.map((o) => outputToDisk(o as Json));
  return out;
}

/**
 * Builds the on-disk form of a notebook without changing the notebook given.
 *
 * @param notebook The notebook.
 * @returns A new object: metadata `orig_nbformat`, `orig_nbformat_minor`, `signature`, cell
 * metadata `trusted` and outputs' `transient` dropped; text split into lines.
 */
export function toDiskForm(notebook: Notebook): Json {
  const {
    orig_nbformat: _major,
    orig_nbformat_minor: _minor,
    signature: _signature,
    ...metadata
  } = notebook.metadata ?? {};
  const cells = Array.isArray(notebook.cells) ? notebook.cells : [];
  return {
    ...notebook,
    metadata,
    cells: cells.map((cell) => cellToDisk(cell as unknown as Json)),
  };
}
