/**
 * The nbformat 4.5 notebook document, as Jupyter stores it on disk.
 *
 * These types follow the nbformat 4.5 JSON schema
 * (https://github.com/jupyter/nbformat/blob/main/nbformat/v4/nbformat.v4.5.schema.json):
 * multi-line strings may be stored as one string or as an array of lines, and every cell has an
 * `id` (new in 4.5).
 *
 * @module
 */

/** Text as nbformat stores it: one string, or an array of lines each keeping its `\n`. */
export type MultilineString = string | string[];

import type { MimeBundle } from "../display/displayable.ts";

export type { MimeBundle };

/** A `stream` output: text written to stdout or stderr. */
export interface StreamOutput {
  /** Output type tag. */
  output_type: "stream";
  /** Which stream the text came from. */
  name: "stdout" | "stderr";
  /** The text written. */
  text: MultilineString;
}

/** A `display_data` output: a MIME bundle shown by a display call. */
export interface DisplayDataOutput {
  /** Output type tag. */
  output_type: "display_data";
  /** The MIME bundle. */
  data: MimeBundle;
  /** Metadata per MIME type. */
  metadata: Record<string, unknown>;
  /** The display id, kept only while a notebook runs (nbformat stores it under `transient`). */
  transient?: { display_id?: string };
}

/** An `execute_result` output: the value of a cell's last expression, a MIME bundle. */
export interface ExecuteResultOutput extends Omit<DisplayDataOutput, "output_type" | "transient"> {
  /** Output type tag. */
  output_type: "execute_result";
  /** The execution count of the cell that produced it. */
  execution_count: number | null;
}

/** An `error` output: an exception raised by a cell. */
export interface ErrorOutput {
  /** Output type tag. */
  output_type: "error";
  /** The error's class name, e.g. `TypeError`. */
  ename: string;
  /** The error's message. */
  evalue: string;
  /** The traceback, one entry per line, as the kernel sent it (may hold ANSI colour codes). */
  traceback: string[];
}

/** Any output a code cell may hold. */
export type Output = StreamOutput | DisplayDataOutput | ExecuteResultOutput | ErrorOutput;

/** Cell metadata; `tags` drives parameters (`parameters`, `injected-parameters`). */
export interface CellMetadata {
  /** Tags such as `parameters`. */
  tags?: string[];
  /** Any other metadata (e.g. `runner.volatile`, `jupyter`, `execution`). */
  [key: string]: unknown;
}

/** What every cell has: its id (nbformat 4.5), metadata and source text. */
export interface CellBase {
  /** The cell id (nbformat 4.5). */
  id: string;
  /** Cell metadata. */
  metadata: CellMetadata;
  /** The code, markdown or raw text. */
  source: MultilineString;
}

/** A code cell. */
export interface CodeCell extends CellBase {
  /** Cell type tag. */
  cell_type: "code";
  /** The execution count, or null when not run. */
  execution_count: number | null;
  /** The outputs. */
  outputs: Output[];
}

/** A markdown cell, or a raw cell (passed through untouched). */
export interface MarkdownCell extends CellBase {
  /** Cell type tag. */
  cell_type: "markdown";
  /** Attachments referenced from the text. */
  attachments?: Record<string, MimeBundle>;
}

/** A raw cell, passed through untouched: a markdown cell's fields under its own tag. */
export interface RawCell extends Omit<MarkdownCell, "cell_type"> {
  /** Cell type tag. */
  cell_type: "raw";
}

/** Any cell. */
export type Cell = CodeCell | MarkdownCell | RawCell;

/** Notebook-level metadata: the kernelspec and language info. */
export interface NotebookMetadata {
  /** The kernel the notebook runs on. */
  kernelspec?: { name: string; display_name: string; language?: string };
  /** The language the kernel reported. */
  language_info?: Record<string, unknown>;
  /** Any other metadata (e.g. `runner.parameters`, `runner.volatile`). */
  [key: string]: unknown;
}

/** A whole notebook document (nbformat 4.5). */
export interface Notebook {
  /** Major version: always 4. */
  nbformat: 4;
  /** Minor version: 5 for the notebooks we write. */
  nbformat_minor: number;
  /** Notebook metadata. */
  metadata: NotebookMetadata;
  /** The cells, in order. */
  cells: Cell[];
}

/**
 * The kernelspec our notebooks use: the Deno kernel installed by `deno jupyter --install`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DENO_KERNELSPEC } from "./mod.ts";
 * assert.equal(DENO_KERNELSPEC.name, "deno");
 * ```
 */
export const DENO_KERNELSPEC = {
  name: "deno",
  display_name: "Deno",
  language: "typescript",
} as const;

/**
 * Joins nbformat multi-line text into one string.
 *
 * @param text One string or an array of lines.
 * @returns The text as one string.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { joinSource } from "./nbformat.ts";
 * assert.equal(joinSource(["a\n", "b"]), "a\nb");
 * ```
 */
export function joinSource(text: MultilineString): string {
  return Array.isArray(text) ? text.join("") : text;
}

/**
 * Splits text into nbformat's line array, each line keeping its `\n` (as Jupyter writes it).
 *
 * @param text The text.
 * @returns The lines; an empty array for empty text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitLines } from "./nbformat.ts";
 * assert.deepEqual(splitLines("a\nb"), ["a\n", "b"]);
 * ```
 */
export function splitLines(text: string): string[] {
  return text === "" ? [] : text.split(/(?<=\n)/);
}
