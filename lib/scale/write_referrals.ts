import type { aq } from "../data/arquero.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import { referralFormat } from "./_format.ts";
import { writeCsv } from "./_write_csv.ts";
import { batchesOfTable } from "./_batch.ts";
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
