import type * as aq from "arquero";
import { referralFormat } from "./_format.ts";
import { writeCsv } from "./_write_csv.ts";
import { arrowBytes, parquetBytes } from "./_write_columnar.ts";

/**
 * Writes a referral table as CSV, Arrow IPC or Parquet, chosen by the path's extension, the way
 * {@linkcode loadReferrals} reads it back. The file appears whole or not at all: it is written
 * beside the target under a temporary name and renamed into place, so a reader never sees half a
 * file and an interrupted write leaves the old one.
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
  const temporary = `${path}.${Deno.pid}-${crypto.randomUUID().slice(0, 8)}.tmp`;
  try {
    if (format === "csv") {
      using file = await Deno.open(temporary, { write: true, createNew: true });
      await writeCsv(table, file);
    } else {
      const bytes = format === "arrow" ? await arrowBytes(table) : await parquetBytes(table);
      await Deno.writeFile(temporary, bytes, { createNew: true });
    }
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
  return path;
}
