import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { aggregateBy } from "../../lib/analysis/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { columns, rows } from "./_assert.ts";

const REFERRALS = {
  service: ["ISVA", "SARC", "ISVA", "ISVA", "SARC", "Victim First"],
  financial_year: ["2023-24", "2023-24", "2024-25", "2023-24", "2023-24", "2024-25"],
  amount_gbp: [100, 250, null, 40, 10, null],
  missing_reason: [null, null, "not recorded", null, null, null],
};

Deno.test("aggregateBy() adds up values and counts rows per group, in first-seen order", () => {
  const r = aggregateBy(aq.table(REFERRALS), {
    by: ["service", "financial_year"],
    value: "amount_gbp",
  });
  assert.deepEqual(columns(r, ["service", "financial_year", "amount_gbp", "rows", "no_value"]), {
    service: ["ISVA", "SARC", "ISVA", "Victim First"],
    financial_year: ["2023-24", "2023-24", "2024-25", "2024-25"],
    amount_gbp: [140, 260, null, null], // 100 + 40; 250 + 10; no amount; no amount
    rows: [2, 2, 1, 1],
    no_value: [0, 0, 1, 1],
  });
  assert.deepEqual(r.array("missing_reason"), [
    null,
    null,
    "not recorded", // the row's own reason
    "no value in any of its 1 rows", // no reason given, so the reason is said
  ]);
  assert.deepEqual(r.array("approximate"), [false, false, false, false]);
});

Deno.test("aggregateBy() counts rows alone when value is null", () => {
  const r = aggregateBy(aq.table(REFERRALS), { by: ["service"], value: null });
  assert.deepEqual(r.columnNames(), ["service", "rows", "approximate"]);
  assert.deepEqual(r.array("rows"), [3, 2, 1]);
});

Deno.test("aggregateBy() keeps an approximate figure flagged in its group's sum", () => {
  const t = aq.table({ g: ["a", "a", "b"], value: [1, 2, 3], approximate: [false, true, false] });
  const r = aggregateBy(t, { by: ["g"] });
  assert.deepEqual(columns(r, ["g", "value", "approximate"]), {
    g: ["a", "b"],
    value: [3, 3], // 1 + 2; 3
    approximate: [true, false],
  });
});

Deno.test("aggregateBy() respects a filtered, ordered table and groups dates by value", () => {
  const t = aq.table({
    day: [new Date(0), new Date(0), new Date(86_400_000)],
    value: [5, 7, 11],
  });
  // Two Date objects for the same instant make one group, as in Arquero's groupby.
  assert.deepEqual(aggregateBy(t, { by: ["day"] }).array("value"), [12, 11]);
  const sorted = aq.table(REFERRALS).filter((d) => d.service !== "SARC").orderby("amount_gbp");
  const r = aggregateBy(sorted, { by: ["service"], value: "amount_gbp" });
  // Groups in stored order (ISVA first), whatever the sort: 100 + 40 = 140.
  assert.deepEqual(rows(r).map((d) => [d.service, d.amount_gbp, d.rows]), [
    ["ISVA", 140, 3],
    ["Victim First", null, 1],
  ]);
});

Deno.test("aggregateBy() rejects a missing grouping, an output name and NaN", () => {
  const t = aq.table(REFERRALS);
  assertThrowsWith(
    () => aggregateBy(t, {} as unknown as { by: string[] }),
    TypeError,
    'Cannot compute aggregateBy(): option "by" is required: name the columns whose values make the groups, ' +
      'e.g. ["service", "financial_year"]',
  );
  assertThrowsWith(
    () => aggregateBy(t.rename({ service: "rows" }), { by: ["rows"], value: "amount_gbp" }),
    RangeError,
    'Cannot compute aggregateBy(): the result has a column named "rows" already ' +
      "(rename it first)",
  );
  assertThrowsWith(
    () => aggregateBy(aq.table({ g: ["a"], value: [NaN] }), { by: ["g"] }),
    RangeError,
    'Cannot compute aggregateBy(): NaN in column "value" at row index 0: write a missing value as null ' +
      "with a reason",
  );
});
