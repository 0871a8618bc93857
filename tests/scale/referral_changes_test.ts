import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { referralChanges } from "../../lib/scale/mod.ts";
import { extract, tally } from "./_reference.ts";

const YEARS = ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"];
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"];

Deno.test("referralChanges() agrees with plain loops over 100,000 referrals", () => {
  const { table, rows } = extract();
  const byQuarter = new Map<string, { referrals: number; amount: number; noAmount: number }>();
  const byYear = new Map<string, { referrals: number; amount: number; noAmount: number }>();
  for (const r of rows) {
    tally(byQuarter, `${r.service}|${r.financial_year}|${r.quarter}`, r.amount_gbp);
    tally(byYear, `${r.service}|${r.financial_year}`, r.amount_gbp);
  }
  const services = [...new Set(rows.map((r) => r.service))];
  const { years, quarters } = referralChanges(table);
  // Every service, measure and year: 10 × 2 × 6 rows; every quarter: 10 × 2 × 24.
  assert.equal(years.numRows(), services.length * 2 * YEARS.length);
  assert.equal(quarters.numRows(), services.length * 2 * YEARS.length * QUARTERS.length);
  const empty = { referrals: 0, amount: 0, noAmount: 0 };
  const check = (row: Record<string, unknown>, now: typeof empty, before: typeof empty | null) => {
    const measure = row.measure === "referrals" ? "referrals" : "amount";
    const value = now[measure];
    assert.equal(row.value, value);
    // Spend is a lower bound where some referrals have no amount; yoyChange() gives the bound
    // both figures share, or "mixed".
    const bound = (t: typeof empty) => measure === "amount" && t.noAmount > 0 ? "lower" : null;
    const shared = before === null || bound(before) === bound(now) ? bound(now) : "mixed";
    assert.equal(row.bound, shared);
    if (before === null) return assert.equal(row.change, null);
    assert.equal(row.change, value - before[measure]);
    const pct = before[measure] === 0 ? null : (value - before[measure]) / before[measure] * 100;
    assert.equal(row.pct_change, pct);
  };
  for (const row of years.objects() as Record<string, unknown>[]) {
    const y = YEARS.indexOf(row.financial_year as string);
    const key = (i: number) => `${row.service}|${YEARS[i]}`;
    check(row, byYear.get(key(y))!, y === 0 ? null : byYear.get(key(y - 1))!);
  }
  let zeros = 0;
  for (const row of quarters.objects() as Record<string, unknown>[]) {
    const y = YEARS.indexOf(row.financial_year as string);
    const key = (i: number) => `${row.service}|${YEARS[i]}|${row.quarter}`;
    // A quarter with no referrals for a service is 0 referrals, not a gap.
    const now = byQuarter.get(key(y)) ?? empty;
    if (now === empty) zeros++;
    check(row, now, y === 0 ? null : byQuarter.get(key(y - 1)) ?? empty);
  }
  assert.ok(zeros > 0, "the rare service has quarters with no referrals");
});

Deno.test("referralChanges() leaves a year the extract covers in part without figures", () => {
  const table = aq.table({
    service: ["ISVA", "ISVA", "ISVA", "ISVA", "ISVA"],
    financial_year: ["2023-24", "2023-24", "2023-24", "2023-24", "2024-25"],
    quarter: ["Q1", "Q2", "Q3", "Q4", "Q1"],
    amount_gbp: [10, 20, 30, 40, 50],
  });
  const { years, quarters } = referralChanges(table);
  const spend = years.filter((d) => d.measure === "amount_gbp").objects() as Record<
    string,
    unknown
  >[];
  assert.equal(spend[0].value, 100); // 10 + 20 + 30 + 40
  assert.equal(spend[1].value, null); // 2024-25 has only Q1 here: not a year's spend
  assert.equal(spend[1].missing_reason, "2024-25: only 1 of 4 quarters in the extract");
  // The quarter itself compares with the same quarter a year before: 50 − 10 = 40.
  const q1 = quarters.filter((d) => d.measure === "amount_gbp" && d.financial_year === "2024-25");
  assert.deepEqual(q1.array("change"), [40]);
});
