import type { aq } from "../data/arquero.ts";
import { referralFormat } from "./_format.ts";
import { readReferralArrow } from "./_read_arrow.ts";
import { readCsvBatches } from "./_csv_reader.ts";
import { type Batch, tableOfBatches } from "./_batch.ts";
import { readWhole } from "./_file.ts";
import { named } from "./_problem.ts";
import { readReferralParquet } from "./_read_parquet.ts";

/**
 * Loads a referral-level extract (one row per referral, the columns of
 * {@linkcode REFERRAL_SCHEMA}) from CSV, Arrow IPC (`.arrow`, `.feather`, `.arrows`) or Parquet,
 * chosen by the file's extension, and checks it.
 *
 * Every schema column must be there (others are kept as text); text columns must be non-empty
 * labels of the schema's set, financial years written `YYYY-YY`, numbers plain decimals in
 * range, and an empty number cell is null (not recorded), never 0. A CSV must be UTF-8 (a
 * byte-order mark is dropped); a label may not hold control or invisible characters or begin as
 * a spreadsheet formula (`=`, `+`, `-`, `@`); a number may not be `-0` or have more than 15
 * significant digits (it would be rounded); a file with a header but no rows is refused. The
 * first bad cell stops the load with an error naming the file, the line (CSV) or row, the column
 * and the value. Text comes back dictionary-encoded, so grouping a million rows costs little.
 *
 * A CSV is read in 8 MiB chunks, never whole: a million rows load in about a quarter of a second,
 * faster than `pandas.read_csv`. For a large extract convert the CSV once (`deno task convert
 * FILE.csv`, or {@linkcode convertReferrals}) and load the `.arrow` copy, several times faster
 * again (see `deno task bench`). An Arrow or Parquet copy this toolkit wrote carries a checksum,
 * checked here: a copy changed or damaged since it was written is refused.
 *
 * @param path The file to read.
 * @returns The checked table, schema columns first.
 * @throws {TypeError} For a missing column, a column of the wrong type, or a folder.
 * @throws {SyntaxError} For a file or a cell that cannot be read (a number that is not one, text
 *   that is not UTF-8, an empty file, a file that is not Arrow or Parquet, a copy that no longer
 *   matches its checksum).
 * @throws {RangeError} For a value outside its column's labels or range, a file with no rows,
 *   or an unknown extension.
 * @throws {Deno.errors.NotFound} For a file that is not there (other file errors keep their
 *   class too); every message names the file.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateReferrals, loadReferrals, writeReferrals } from "./mod.ts";
 *
 * const dir = await Deno.makeTempDir();
 * await writeReferrals(`${dir}/r.csv`, generateReferrals(50));
 * const t = await loadReferrals(`${dir}/r.csv`);
 * assert.equal(t.numRows(), 50);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function loadReferrals(path: string): Promise<aq.ColumnTable> {
  const format = referralFormat(path, "load");
  if (format === "csv") {
    const batches: Batch[] = [];
    try {
      for await (const batch of readCsvBatches(path, Infinity)) batches.push(batch);
    } catch (error) {
      // The reader's own errors name the file; anything else (memory running out) is named here.
      throw named(error, path, "the file cannot be loaded into memory; convert it instead");
    }
    return tableOfBatches(batches);
  }
  const bytes = readWhole(path);
  return format === "arrow" ? readReferralArrow(bytes, path) : readReferralParquet(bytes, path);
}
