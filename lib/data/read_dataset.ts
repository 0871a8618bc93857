import type { Dataset, RowOf, RowSchema } from "../datasets/schema.ts";
import { csvLines } from "../io/csv.ts";
import { datasetFile } from "./_dataset_file.ts";
import { IssueLog } from "./_issue_log.ts";
import { parseDataset } from "./parse_dataset.ts";
import { DATA_DIR } from "../io/paths.ts";

/** Options for {@linkcode readDataset}. */
export interface ReadDatasetOptions {
  /** The folder to read `<name>.csv` from; defaults to the toolkit's `data/`. */
  dir?: string;
}

/**
 * The largest dataset file {@linkcode readDataset} reads: 1 MiB, about 90 times the largest
 * shipped dataset (11 KB). A larger file is a mistake; refusing it before reading keeps loading
 * bounded: a file of this size that is bad on every line is refused in about a second.
 */
export const MAX_DATASET_BYTES: number = 1024 * 1024;

/**
 * Reads a dataset's file and decodes every row with its schema: what `load()` and the checks of
 * `deno task reproduce` both use, so they accept and refuse the same files with the same errors.
 *
 * The file must be a regular file of at most {@linkcode MAX_DATASET_BYTES}, in UTF-8 (a
 * byte-order mark at its start is dropped); then {@linkcode parseDataset} checks every line.
 *
 * @param dataset The dataset.
 * @param options Where to read it from.
 * @returns Every row, stated totals included, in file order.
 * @throws {Deno.errors.NotFound} When there is no file.
 * @throws {Deno.errors.IsADirectory} When the path is a folder.
 * @throws {TypeError} When it is not a regular file.
 * @throws {RangeError} When it is larger than {@linkcode MAX_DATASET_BYTES}.
 * @throws {DatasetError} When it is not UTF-8 or does not match the schema (the first problems
 * listed, every one counted).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { victimFirstUnder18 } from "../datasets/mod.ts";
 * import { readDataset } from "./mod.ts";
 * const rows = await readDataset(victimFirstUnder18);
 * // FOI 0004-24 line 79: the 2021/22 total of referrals, 1,351, kept as a stated total
 * assert.ok(rows.some((r) => r.role === "total" && r.value === 1351 && r.line === 79));
 * ```
 */
export async function readDataset<S extends RowSchema>(
  dataset: Dataset<S>,
  options: ReadDatasetOptions = {},
): Promise<RowOf<S>[]> {
  const path = `${(options.dir ?? DATA_DIR).replace(/\/$/, "")}/${dataset.name}.csv`;
  const file = options.dir === undefined ? datasetFile(dataset.name) : path;
  const cannot = `Cannot load dataset "${dataset.name}"`;
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new Deno.errors.NotFound(`${cannot}: no file at ${path} (run \`deno task extract\`)`);
  }
  if (info.isDirectory) {
    throw new Deno.errors.IsADirectory(`${cannot}: ${file} is a folder, not a CSV file`);
  }
  if (!info.isFile) throw new TypeError(`${cannot}: ${file} is not a regular file`);
  checkSize(info.size, file, cannot);
  const bytes = await Deno.readFile(path);
  checkSize(bytes.length, file, cannot);
  const decoded = decodeUtf8(bytes);
  if ("text" in decoded) return parseDataset(decoded.text, dataset, { file });
  const issues = new IssueLog();
  const header = cellsOf(new TextDecoder().decode(bytes).split("\n", 1)[0]);
  for (const bad of decoded.bad) {
    const cells = cellsOf(bad.text);
    const at = cells.findIndex((cell) => cell.includes("\ufffd"));
    issues.add({
      file,
      row: bad.line === 1 ? null : bad.line - 1,
      line: bad.line,
      column: bad.line === 1 || at === -1 ? null : header[at] ?? null,
      value: at === -1 ? null : cells[at],
      message:
        `Not UTF-8: byte 0x${
          bad.byte.toString(16).toUpperCase().padStart(2, "0")
        } at byte ${bad.offset} of the line (shown as U+FFFD); save the file as UTF-8 ` +
        "(it may be Latin-1 or Windows-1252)",
    });
  }
  issues.throwIfAny(dataset.name);
  throw new TypeError(`${cannot}: ${file} is not UTF-8`);
}

function cellsOf(line: string): string[] {
  return csvLines(line).next().value?.cells ?? [];
}

function checkSize(bytes: number, file: string, cannot: string): void {
  if (bytes <= MAX_DATASET_BYTES) return;
  throw new RangeError(
    `${cannot}: ${file} is ${bytes.toLocaleString("en-GB")} bytes, over the ` +
      `${MAX_DATASET_BYTES.toLocaleString("en-GB")} a dataset file may be`,
  );
}

// where a file is not UTF-8. TextDecoder says only that it is not; to name
// the line and the byte, each line is decoded with replacement and encoded back, and the first
// byte that does not come back is the first invalid one.
/** A line holding bytes that are not UTF-8. */
interface BadUtf8Line {
  /** The 1-based line. */
  line: number;
  /** The line decoded with U+FFFD for each invalid sequence. */
  text: string;
  /** The first invalid byte. */
  byte: number;
  /** Its 1-based position in the line, in bytes. */
  offset: number;
}

/** Decodes UTF-8 (a leading byte-order mark is dropped), or returns the lines that are not. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { bad: Generator<BadUtf8Line> } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { bad: badLines(bytes) };
  }
}

function* badLines(bytes: Uint8Array): Generator<BadUtf8Line> {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  const lenient = new TextDecoder("utf-8");
  const encoder = new TextEncoder();
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
    start = end === -1 ? bytes.length : end + 1;
    try {
      fatal.decode(slice);
      continue;
    } catch {
      const text = lenient.decode(slice);
      const back = encoder.encode(text);
      let i = 0;
      while (i < slice.length && back[i] === slice[i]) i++;
      yield { line, text, byte: slice[i], offset: i + 1 };
    }
  }
}
