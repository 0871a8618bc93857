import assert from "node:assert/strict";
import { generateReferrals, REFERRAL_SCHEMA } from "../../lib/scale/mod.ts";

Deno.test("generateReferrals() gives the same rows for the same seed and others for another", () => {
  const a = generateReferrals(2000, { seed: 42 });
  const b = generateReferrals(2000, { seed: 42 });
  const c = generateReferrals(2000, { seed: 43 });
  assert.deepEqual(a.objects(), b.objects());
  assert.notDeepEqual(a.objects(), c.objects());
  // A longer extract starts differently (periods are drawn first), but is as reproducible.
  assert.deepEqual(generateReferrals(5000).objects(), generateReferrals(5000).objects());
});

Deno.test("generateReferrals() writes the schema's columns with values in range", () => {
  const t = generateReferrals(20_000, { seed: 9 });
  assert.deepEqual(t.columnNames(), REFERRAL_SCHEMA.map((c) => c.name));
  for (const column of REFERRAL_SCHEMA) {
    const values = t.array(column.name) as unknown[];
    if (column.labels !== undefined) {
      assert.ok(values.every((v) => column.labels!.includes(v as string)), column.name);
    }
    if (column.kind !== "category") {
      const numbers = values.filter((v) => v !== null) as number[];
      assert.ok(numbers.every((v) => v >= column.min! && v <= column.max!), column.name);
      assert.ok(numbers.every((v) => Number.isInteger(v)), column.name);
    }
  }
  const years = new Set(t.array("financial_year") as string[]);
  assert.deepEqual([...years], ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]);
  assert.equal(new Set(t.array("service") as string[]).size, 10);
  // About 2% of ages and 1% of amounts are not recorded: null, never 0.
  const noAge = (t.array("age") as unknown[]).filter((v) => v === null).length / 20_000;
  const noAmount = (t.array("amount_gbp") as unknown[]).filter((v) => v === null).length / 20_000;
  assert.ok(noAge > 0.015 && noAge < 0.025, `share of null ages ${noAge}`);
  assert.ok(noAmount > 0.006 && noAmount < 0.014, `share of null amounts ${noAmount}`);
});

Deno.test("generateReferrals() lists rows in time order, by year then quarter", () => {
  const t = generateReferrals(5000, { seed: 1 });
  const years = t.array("financial_year") as string[];
  const quarters = t.array("quarter") as string[];
  const keys = years.map((y, i) => `${y} ${quarters[i]}`);
  assert.deepEqual(keys, [...keys].sort());
});

Deno.test("generateReferrals() rejects a bad row count or seed", () => {
  assert.throws(() => generateReferrals(-1), {
    name: "RangeError",
    message: "Cannot generate -1 referrals: the count must be a whole number from 0 to " +
      "100,000,000",
  });
  assert.throws(() => generateReferrals(10, { seed: 1.5 }), {
    name: "RangeError",
    message: "Cannot generate referrals with seed 1.5: the seed must be a whole number from 0 " +
      "to 4294967295",
  });
  assert.equal(generateReferrals(0).numRows(), 0);
});
