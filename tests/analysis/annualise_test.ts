import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { annualise, budgetShares } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { assertClose, rows } from "./_assert.ts";

// nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt line 64: "Victim Support £411,834
// for the period 1 April – 31 December 2015" (nine months); lines 65-66: c£800,000 and c£230,000
// for 2015-6.
Deno.test("annualise() scales Victim Support's nine months to a year, labelled an estimate", async () => {
  const r = annualise(await load("nottinghamshire_funding"));
  const [vs] = rows(r);
  assert.equal(vs.value, 411834);
  assert.equal(vs.annual_value, 549112); // 411,834 × 12 / 9 = 4,942,008 / 9 = 549,112
  assert.equal(vs.estimate, true);
  assert.equal(vs.method, "months");
  assert.equal(vs.months, 9); // April to December 2015
  assert.equal(vs.days, 275); // 30+31+30+31+31+30+31+30+31
  assert.equal(vs.factor, 12 / 9);
  assert.equal(vs.approximate, false);
  assert.equal(vs.annual_missing_reason, null);
});

Deno.test("annualise() by days uses the days in the year from the period's start", async () => {
  const r = annualise(await load("nottinghamshire_funding"), { method: "days" });
  // 1 April 2015 – 31 March 2016 has 366 days (29 February 2016); the period has 275.
  // 411,834 × 366 / 275 = 150,731,244 / 275 = 548,113.614…
  assertClose(r.get("annual_value", 0), 150731244 / 275);
  assertClose(r.get("annual_value", 0), 548113.6145454545, 6);
  assert.equal(r.get("method", 0), "days");
});

Deno.test("annualise() keeps the c£800,000 row approximate, and summing it too", async () => {
  const notts = await load("nottinghamshire_funding");
  const r = rows(annualise(notts));
  // A whole year (1 April 2015 – 31 March 2016) is not an estimate, but c£ stays approximate.
  assert.deepEqual(
    [r[1].value, r[1].annual_value, r[1].estimate, r[1].approximate],
    [800000, 800000, false, true],
  );
  assert.equal(annualise(800000, { months: 12, approximate: true }).approximate, true);
  // Summing: 549,112 (estimate) + c£800,000 + c£230,000 = c£1,579,112
  const annual = annualise(notts).derive({
    value: (d: { annual_value: number }) => d.annual_value,
  });
  const { shares } = budgetShares(annual, { by: ["financial_year"] });
  assert.equal(shares.get("value", 0), 549112 + 800000 + 230000);
  assert.equal(shares.get("approximate", 0), true);
});

Deno.test("annualise() takes one figure with its months, days or dates", () => {
  assert.deepEqual(annualise(411834, { months: 9 }), {
    value: 549112,
    factor: 12 / 9,
    estimate: true,
    months: 9,
    days: null,
    method: "months",
    approximate: false,
  });
  // 3,650 over 73 days of a 365-day year: × 5
  assert.equal(annualise(3650, { days: 73 }).value, 18250);
  // A three-year contract total, 1,531,941 (FOI 0017/24 line 48) over 36 months: a year's average
  assertClose(annualise(1531941, { months: 36 }).value, 1531941 / 3);
});

Deno.test("annualise() keeps a null value null with its reason", () => {
  const t = aq.table({
    value: [null],
    missing_reason: ["Information held by NHSE"],
    period_start: ["2022-04-01"],
    period_end: ["2022-06-30"],
  });
  const [row] = rows(annualise(t));
  assert.equal(row.annual_value, null);
  assert.equal(row.annual_missing_reason, "Information held by NHSE");
  assert.equal(row.months, 3);
});

Deno.test("annualise() refuses whole-month scaling of a period that is not whole months", () => {
  assertThrowsWith(
    () => annualise(100, { start: "2015-04-15", end: "2015-12-31" }),
    RangeError,
    "Cannot compute annualise(): no whole months for the period given: the period must run from the 1st " +
      'of a month to the last day of a month (use method "days")',
  );
  assertThrowsWith(
    // @ts-expect-error: a method the API does not offer
    () => annualise(100, { months: 9, method: "weeks" }),
    RangeError,
    'Cannot compute annualise(): option "method" must be "months" or "days", got "weeks"',
  );
  assertThrowsWith(
    () => annualise(100, {}),
    TypeError,
    'Cannot compute annualise(): give the period\'s length as one of "months", "days" or "start" and "end"',
  );
  assertThrowsWith(
    () => annualise(100, { start: "2015-02-30", end: "2015-12-31" }),
    RangeError,
    'Cannot compute annualise(): date "2015-02-30" for the period given is not a day: there is no such date',
  );
});
