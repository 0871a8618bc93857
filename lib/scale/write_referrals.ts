import type { aq } from "../data/arquero.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import { referralFormat } from "./_format.ts";
import { batchesOfTable } from "./_batch.ts";
import type { MaybeCoded } from "./_coded_column.ts";
import { writeCopies } from "./_write_columnar.ts";

/** Rows per Arrow record batch and Parquet row group. */
const BATCH_ROWS = 1_000_000;

/**
 * Writes a referral table as CSV, Arrow IPC or Parquet, chosen by the path's extension, the way
 * {@linkcode loadReferrals} reads it back. The file appears whole or not at all: it is written
 * beside the target under a temporary name and renamed into place (`writeFileAtomic()`; a CSV is
 * streamed in chunks), so a reader never sees half a file and an interrupted write leaves the old
 * one. Missing parent folders are created.
 *
 * @param path The file to write (`.csv`, `.arrow` or `.parquet`).
 * @param table The referrals, e.g. from {@linkcode generateReferrals} or {@linkcode loadReferrals}.
 * @returns The path written.
 * @throws {RangeError} For an extension that is not `.csv`, `.arrow` or `.parquet`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateReferrals, loadReferrals, writeReferrals } from "./mod.ts";
 *
 * const dir = await Deno.makeTempDir();
 * const t = generateReferrals(100, { seed: 3 });
 * await writeReferrals(`${dir}/r.arrow`, t);
 * assert.deepEqual((await loadReferrals(`${dir}/r.arrow`)).objects(), t.objects());
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeReferrals(path: string, table: aq.ColumnTable): Promise<string> {
  const format = referralFormat(path, "write");
  if (format === "csv") await writeFileAtomic(path, (file) => writeCsv(table, file));
  else {
    await writeCopies([{ path, format }], batchesOfTable(table, BATCH_ROWS, path), "known");
  }
  return path;
}

// writing a table as CSV in chunks, so five million rows never become one
// string. Dictionary-encoded text is quoted once per label, not once per cell. deno-std's
// stringify (which writes data/'s datasets) takes whole rows and ends lines with CRLF; this
// writer needs one cell's quoting at a time, hence quoteCsvCell below.
const CHUNK = 65_536;

/** Writes the table's rows (in its order) as CSV to an open file. */
async function writeCsv(table: aq.ColumnTable, file: Deno.FsFile): Promise<void> {
  const names = table.columnNames();
  const cells = names.map((name) => cellText(table.column(name) as unknown as MaybeCoded));
  const encoder = new TextEncoder();
  await writeAll(file, encoder.encode(names.map(quoteCsvCell).join(",") + "\n"));
  const rows = table.indices();
  for (let start = 0; start < rows.length; start += CHUNK) {
    let text = "";
    const end = Math.min(start + CHUNK, rows.length);
    for (let i = start; i < end; i++) {
      const row = rows[i];
      let line = cells[0](row);
      for (let j = 1; j < cells.length; j++) line += "," + cells[j](row);
      text += line + "\n";
    }
    await writeAll(file, encoder.encode(text));
  }
}

function cellText(column: MaybeCoded): (row: number) => string {
  if (column.codes !== undefined && column.values !== undefined) {
    const codes = column.codes;
    const quoted = column.values.map(quoteCsvCell);
    return (row) => quoted[codes[row]];
  }
  return (row) => {
    const value = column.at(row);
    return value === null || value === undefined ? "" : quoteCsvCell(String(value));
  };
}

async function writeAll(file: Deno.FsFile, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += await file.write(bytes.subarray(at));
}

// RFC 4180, quoting only where needed: a cell holding a comma, a quote or a line break, or with
// space at either end (which a reader might trim), goes in double quotes with its quotes doubled.
function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}
