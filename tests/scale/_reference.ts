// Private to tests/scale: the straightforward reference for the three referral operations,
// plain loops over the rows of a generated extract, kept apart from the code under test.
import type * as aq from "arquero";
import { generateReferrals } from "../../lib/scale/mod.ts";

/** One referral as a plain object. */
export interface Referral {
  financial_year: string;
  quarter: string;
  service: string;
  age: number | null;
  sex: string;
  ethnicity: string;
  amount_gbp: number | null;
}

/** The 100,000-row extract the reference tests share (seed 2024), as a table and as objects. */
export function extract(): { table: aq.ColumnTable; rows: Referral[] } {
  const table = generateReferrals(100_000, { seed: 2024 });
  return { table, rows: table.objects() as Referral[] };
}

/** Adds `amount` (and one referral) to the tally under `key`. */
export function tally(
  map: Map<string, { referrals: number; amount: number; noAmount: number }>,
  key: string,
  amount: number | null,
): void {
  const t = map.get(key) ?? { referrals: 0, amount: 0, noAmount: 0 };
  t.referrals += 1;
  if (amount === null) t.noAmount += 1;
  else t.amount += amount;
  map.set(key, t);
}

/** Counts of rows per key. */
export function countBy(rows: Referral[], key: (r: Referral) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + 1);
  return out;
}
