import type { aq } from "../data/arquero.ts";
import { referralFormat } from "./_format.ts";
import { readReferralArrow } from "./_read_arrow.ts";
import { readReferralCsv } from "./_read_csv.ts";
import { readReferralParquet } from "./_read_parquet.ts";

/**
 * Loads a referral-level extract (one row per referral, the columns of
 * {@linkcode REFERRAL_SCHEMA}) from CSV, Arrow IPC (`.arrow`, `.feather`, `.arrows`) or Parquet,
 * chosen by the file's extension, and checks it.
 *
 * Every schema column must be there (others are kept as text); text columns must be non-empty
 * labels of the schema's set, financial years written `YYYY-YY`, numbers plain decimals in
 * range, and an empty number cell is null (not recorded), never 0. The first bad cell stops the
 * load with an error naming the file, the line (CSV) or row, the column and the value. Text comes
 * back dictionary-encoded, so grouping a million rows costs little. For a large extract convert
 * the CSV once (`deno task convert FILE.csv`) and load the `.arrow` copy: a million rows load in
 * about 40 ms instead of about 0.7 s (see `deno task bench`).
 *
 * @param path The file to read.
 * @returns The checked table, schema columns first.
 * @throws {TypeError} For a missing column or a column of the wrong type.
 * @throws {SyntaxError} For a file or a cell that cannot be read (a number that is not one).
 * @throws {RangeError} For a value outside its column's labels or range, or an unknown extension.
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
  if (format === "csv") return readReferralCsv(await Deno.readTextFile(path), path);
  const bytes = await Deno.readFile(path);
  return format === "arrow" ? readReferralArrow(bytes, path) : readReferralParquet(bytes, path);
}
