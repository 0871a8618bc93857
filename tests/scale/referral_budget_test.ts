import assert from "node:assert/strict";
import { referralBudget } from "../../lib/scale/mod.ts";
import { extract, tally } from "./_reference.ts";

Deno.test("referralBudget() agrees with plain loops over 100,000 referrals", () => {
  const { table, rows } = extract();
  const byService = new Map<string, { referrals: number; amount: number; noAmount: number }>();
  for (const r of rows) tally(byService, r.service, r.amount_gbp);
  const whole = [...byService.values()].reduce((sum, t) => sum + t.amount, 0);
  const { shares, reconciliation, noValue } = referralBudget(table);
  const got = shares.objects() as Record<string, unknown>[];
  assert.equal(got.length, byService.size);
  for (const row of got) {
    const t = byService.get(row.service as string)!;
    assert.equal(row.value, t.amount);
    assert.equal(row.rows, t.referrals);
    assert.equal(row.no_value, t.noAmount);
    assert.equal(row.share, t.amount / whole * 100);
  }
  // Largest first.
  const values = got.map((row) => row.value as number);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  // The referrals with no amount are listed, whole rows, in file order.
  const missing = rows.filter((r) => r.amount_gbp === null);
  assert.deepEqual(noValue.objects(), missing);
  // An extract states no totals to check against.
  assert.deepEqual(reconciliation.array("status"), ["not-computable"]);
  assert.deepEqual(reconciliation.array("missing_reason"), ["no stated total"]);
});
