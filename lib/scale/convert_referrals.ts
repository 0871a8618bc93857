import { readCsvBatches } from "./_csv_reader.ts";
import { referralFormat } from "./_format.ts";
import { type Target, writeCopies } from "./_write_columnar.ts";
import { CodesOverflow } from "./_write_arrow.ts";

/** Options for {@linkcode convertReferrals}. */
export interface ConvertReferralsOptions {
  /** The Arrow copy to write; default the CSV's path ending `.arrow`; null for none. */
  arrow?: string | null;
  /** The Parquet copy to write; default the CSV's path ending `.parquet`; null for none. */
  parquet?: string | null;
  /** Rows per Arrow record batch and Parquet row group, held in memory at once; default 1,000,000. */
  batchRows?: number;
}

/** What {@linkcode convertReferrals} did. */
export interface ConvertReferralsResult {
  /** The referrals read and written. */
  rows: number;
  /** The files written. */
  files: string[];
}

/**
 * Converts a referral CSV to its columnar copies, an Arrow IPC file (the fast one to load) and a
 * Parquet file (for other tools), reading and writing a batch of rows at a time: memory holds one
 * batch whatever the size of the file, so an extract larger than memory converts (ten million
 * rows in well under 1 GiB; see `deno task bench --large`). Every cell is checked as
 * {@linkcode loadReferrals} checks it, and the first bad one stops the conversion with the same
 * error; each copy appears whole or not at all, and none is left when the CSV is bad. Each copy
 * carries a SHA-256 checksum of itself, which {@linkcode loadReferrals} checks, so a copy changed
 * or damaged afterwards is refused rather than read as other values.
 *
 * @param csv The CSV to convert.
 * @param options Where to write the copies, and the batch size.
 * @returns The number of rows and the files written.
 * @throws {RangeError} For a path without the right extension, or a batch size that is not a
 *   whole number from 1; and as {@linkcode loadReferrals} for a bad CSV.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { convertReferrals, generateReferrals, loadReferrals, writeReferrals } from "./mod.ts";
 *
 * const dir = await Deno.makeTempDir();
 * const t = generateReferrals(2500, { seed: 9 });
 * await writeReferrals(`${dir}/r.csv`, t);
 * const done = await convertReferrals(`${dir}/r.csv`, { batchRows: 1000 });
 * assert.deepEqual(done, { rows: 2500, files: [`${dir}/r.arrow`, `${dir}/r.parquet`] });
 * assert.deepEqual((await loadReferrals(`${dir}/r.arrow`)).objects(), t.objects());
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function convertReferrals(
  csv: string,
  options: ConvertReferralsOptions = {},
): Promise<ConvertReferralsResult> {
  if (referralFormat(csv, "load") !== "csv") {
    throw new RangeError(`Cannot convert referrals "${csv}": the file is not a .csv`);
  }
  const batchRows = options.batchRows ?? 1_000_000;
  if (!Number.isInteger(batchRows) || batchRows < 1) {
    throw new RangeError(
      `Cannot convert referrals "${csv}": batchRows ${JSON.stringify(batchRows)} is not a ` +
        "whole number from 1",
    );
  }
  const stem = csv.slice(0, -".csv".length);
  const targets: Target[] = [];
  for (const [format, path] of [["arrow", options.arrow], ["parquet", options.parquet]] as const) {
    if (path === null) continue;
    const target = path ?? `${stem}.${format}`;
    if (referralFormat(target, "write") !== format) {
      throw new RangeError(
        `Cannot convert referrals "${csv}": the ${format} copy "${target}" does not end .${format}`,
      );
    }
    targets.push({ path: target, format });
  }
  const files = targets.map((t) => t.path);
  try {
    const rows = await writeCopies(targets, readCsvBatches(csv, batchRows), "narrow");
    return { rows, files };
  } catch (error) {
    // A column with more than 32,767 labels: read the file again, with int32 codes.
    if (!(error instanceof CodesOverflow)) throw error;
    return { rows: await writeCopies(targets, readCsvBatches(csv, batchRows), "wide"), files };
  }
}
