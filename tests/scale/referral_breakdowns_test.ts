import assert from "node:assert/strict";
import { disclosedCells } from "../../lib/publish/mod.ts";
import { generateReferrals, referralBreakdowns } from "../../lib/scale/mod.ts";
import { countBy, extract, type Referral } from "./_reference.ts";

const UNKNOWN = ["Unknown", "Not provided", "Not known"];

function band(age: number | null): string {
  if (age === null) return "Unknown";
  return age <= 4 ? "0-4" : age <= 9 ? "5-9" : age <= 14 ? "10-14" : "15-17";
}

// Counts, shares with and without the unknowns, and small flags, computed row by row.
function expected(rows: Referral[], category: (r: Referral) => string) {
  const cells = countBy(rows, (r) => `${r.service}|${category(r)}`);
  const totals = countBy(rows, (r) => r.service);
  const known = countBy(rows.filter((r) => !UNKNOWN.includes(category(r))), (r) => r.service);
  return { cells, totals, known };
}

Deno.test("referralBreakdowns() agrees with plain loops over 100,000 referrals", () => {
  const { table, rows } = extract();
  const r = referralBreakdowns(table);
  const dimensions = [
    { name: "age", result: r.age, column: "age_band", of: (x: Referral) => band(x.age) },
    { name: "sex", result: r.sex, column: "sex", of: (x: Referral) => x.sex },
    {
      name: "ethnicity",
      result: r.ethnicity,
      column: "ethnicity",
      of: (x: Referral) => x.ethnicity,
    },
  ];
  let small = 0;
  for (const d of dimensions) {
    const e = expected(rows, d.of);
    const got = d.result.objects() as Record<string, unknown>[];
    // Every cell with referrals appears (age bands also appear with 0 where a service has none).
    const present = got.filter((row) => (row.count as number) > 0);
    assert.equal(present.length, e.cells.size, d.name);
    for (const row of got) {
      const key = `${row.service}|${row[d.column]}`;
      const count = e.cells.get(key) ?? 0;
      const total = e.totals.get(row.service as string)!;
      const known = e.known.get(row.service as string)!;
      const unknown = UNKNOWN.includes(row[d.column] as string);
      assert.equal(row.count, count, key);
      assert.equal(row.total, total, key);
      assert.equal(row.share, count / total * 100, key);
      assert.equal(row.share_known, unknown ? null : count / known * 100, key);
      assert.equal(row.small, count < 5, key);
      if (row.small) small++;
    }
  }
  // The rare service (about 50 of 100,000 referrals) gives some small counts.
  assert.ok(small > 0);
  // Each breakdown accounts for every referral of every service.
  const services = countBy(rows, (x) => x.service);
  for (const row of r.coverage.objects() as Record<string, unknown>[]) {
    assert.equal(row.parts_total, services.get(row.service as string));
    assert.equal(row.status, "complete");
  }
  assert.equal(r.coverage.numRows(), services.size * 3);
});

Deno.test("referralBreakdowns() with suppress hides every count below 5 and gives none away", () => {
  const referrals = generateReferrals(3000, { seed: 11 });
  const exact = referralBreakdowns(referrals);
  const safe = referralBreakdowns(referrals, { suppress: true });
  for (
    const [name, category] of [["age", "age_band"], ["sex", "sex"], ["ethnicity", "ethnicity"]]
  ) {
    const key = name as "age" | "sex" | "ethnicity";
    const before = exact[key].array("count") as number[];
    const after = safe[key].array("count") as (number | null)[];
    // Some counts are small at 3,000 referrals over ten services (Paediatric SARC is rare).
    assert.ok(before.some((c) => c > 0 && c < 5), `${name} has small counts to hide`);
    before.forEach((c, row) => {
      if (c > 0 && c < 5) assert.equal(after[row], null);
      if (after[row] !== null) assert.equal(after[row], c);
    });
    assert.deepEqual(disclosedCells(safe[key], { by: ["service"], category }), []);
  }
  // Coverage is checked on the exact counts.
  assert.deepEqual(safe.coverage.objects(), exact.coverage.objects());
});
