import assert from "node:assert/strict";
import { reconcileFigure } from "../../lib/analysis/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("reconcileFigure() reproduces a stated total that equals the sum of its parts", () => {
  // llr_opcc_foi_0017_24_asb_support.txt lines 43-45 and 48: the initial-period sub-total.
  const result = reconcileFigure({
    stated: 1531941,
    parts: [500000, 510862, 521079],
    precision: "exact",
    unit: "GBP",
  });
  assert.deepEqual(result, {
    stated: 1531941,
    computed: 500000 + 510862 + 521079,
    difference: 0,
    tolerance: 0,
    toleranceReason: "Exact: the figure is given to the unit, so no tolerance.",
    status: "reproduced",
    reason: null,
    omitted: 0,
    coverage: null,
    bounds: null,
  });
});

Deno.test("reconcileFigure() signs the difference as computed minus stated", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 81 states £639,675; lines 186-194 add up to
  // 271,818 + 19,297 + 52,666 + 89,530 + 37,480 + 51,218 + 31,336 + 53,776 + 32,555 = 639,676.
  const csp = [271818, 19297, 52666, 89530, 37480, 51218, 31336, 53776, 32555];
  const result = reconcileFigure({ stated: 639675, parts: csp, precision: "rounded", unit: "GBP" });
  assert.equal(result.computed, 639676);
  assert.equal(result.difference, 639676 - 639675);
  assert.equal(result.tolerance, 0.5);
  assert.equal(result.status, "discrepancy");
  // Line 106 states £372,000; line 204 gives 371,859: 371,859 - 372,000 = -141, within ±500.
  const da = reconcileFigure({
    stated: 372000,
    computed: 371859,
    precision: "rounded",
    unit: "GBP",
  });
  assert.deepEqual([da.difference, da.status], [-141, "reproduced"]);
});

Deno.test("reconcileFigure() counts a difference equal to the tolerance as reproduced", () => {
  assert.equal(
    reconcileFigure({ stated: 100, computed: 105, tolerance: 5, unit: "GBP" }).status,
    "reproduced",
  );
  assert.equal(
    reconcileFigure({ stated: 100, computed: 95, tolerance: 5, unit: "GBP" }).status,
    "reproduced",
  );
  assert.equal(
    reconcileFigure({ stated: 100, computed: 105.01, tolerance: 5, unit: "GBP" }).status,
    "discrepancy",
  );
  // 27 ± 0.5 spans 26.5 to 27.5; 186,945 / 705,672 × 100 = 26.4918 falls just below.
  assert.equal(
    reconcileFigure({ stated: 27, computed: 26.5, precision: "rounded", unit: "percent" }).status,
    "reproduced",
  );
  assert.equal(
    reconcileFigure({
      stated: 27,
      computed: 186945 / 705672 * 100,
      precision: "rounded",
      unit: "percent",
    }).status,
    "discrepancy",
  );
});

Deno.test("reconcileFigure() does not let floating-point sums turn an exact match into a discrepancy", () => {
  // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
  const result = reconcileFigure({ stated: 0.3, parts: [0.1, 0.2], tolerance: 0, unit: "GBP" });
  assert.equal(result.status, "reproduced");
});

Deno.test("reconcileFigure() cannot sum parts that are missing, and quotes why they are", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 58: Q1-Q3 "Information held by NHSE", Q4 10.
  const held = { value: null, missing_reason: "Information held by NHSE" };
  const result = reconcileFigure({
    stated: 40,
    parts: [held, held, held, 10],
    precision: "exact",
    unit: "count",
  });
  assert.equal(result.status, "not-computable");
  assert.equal(result.computed, null);
  assert.equal(result.difference, null);
  assert.equal(result.tolerance, 0);
  assert.equal(result.reason, '3 of 4 parts have no value ("Information held by NHSE")');
  const one = reconcileFigure({ stated: 5, parts: [null, 5], tolerance: 0, unit: "count" });
  assert.equal(one.reason, "1 of 2 parts has no value");
});

Deno.test("reconcileFigure() with omitMissing sums the parts that have a value and counts the rest", () => {
  // llr_opcc_commissioning_framework_2024_25.txt lines 164-166: 103,700, an empty cell, 97,500.
  const empty = { value: null, missing_reason: "Empty cell" };
  const result = reconcileFigure({
    stated: 201200,
    parts: [{ value: 103700 }, empty, { value: 97500 }],
    omitMissing: true,
    precision: "exact",
    unit: "GBP",
  });
  assert.deepEqual([result.computed, result.status, result.omitted], [
    103700 + 97500,
    "reproduced",
    1,
  ]);
  const none = reconcileFigure({
    stated: 1,
    parts: [empty],
    omitMissing: true,
    tolerance: 0,
    unit: "GBP",
  });
  assert.deepEqual([none.status, none.reason], [
    "not-computable",
    '1 of 1 part has no value ("Empty cell")',
  ]);
});

Deno.test("reconcileFigure() with omitMissing never calls a sum short of its missing parts a discrepancy", () => {
  // 103,700 + 97,500 = 201,200: stated 250,000, the empty cell may hold the other 48,800.
  const empty = { value: null, missing_reason: "Empty cell" };
  const short = reconcileFigure({
    stated: 250000,
    parts: [{ value: 103700 }, empty, { value: 97500 }],
    omitMissing: true,
    precision: "exact",
    unit: "GBP",
  });
  assert.deepEqual([short.status, short.computed, short.difference, short.omitted], [
    "not-computable",
    null,
    null,
    0,
  ]);
  assert.equal(
    short.reason,
    '1 of 3 parts has no value ("Empty cell"), and those with a value sum to 201200, not the ' +
      "250000 stated",
  );
});

Deno.test('reconcileFigure() with omitMissing "empty-cells" leaves out empty cells only', () => {
  const empty = { value: null, missing_reason: "Empty cell" };
  const withheld = { value: null, missing_reason: "Suppressed" };
  const input = { stated: 37, omitMissing: "empty-cells", tolerance: 0, unit: "count" } as const;
  // 31 + 6 = 37 with one empty cell between them: reproduced, the empty cell counted as left out.
  const left = reconcileFigure({ ...input, parts: [31, empty, 6] });
  assert.deepEqual([left.status, left.computed, left.omitted], ["reproduced", 37, 1]);
  // A withheld part is a value kept back, not a blank: the sum cannot be checked.
  const kept = reconcileFigure({ ...input, parts: [31, withheld, 6] });
  assert.deepEqual([kept.status, kept.reason], [
    "not-computable",
    '1 of 3 parts has no value ("Suppressed")',
  ]);
  // A plain null (no reason) is not known to be an empty cell either.
  assert.equal(reconcileFigure({ ...input, parts: [31, null, 6] }).status, "not-computable");
});

Deno.test("reconcileFigure() reports a missing stated figure or computed value as not computable", () => {
  const nothingStated = reconcileFigure({
    stated: null,
    computed: 10,
    tolerance: 0,
    unit: "count",
  });
  assert.deepEqual(
    [nothingStated.status, nothingStated.tolerance, nothingStated.reason],
    ["not-computable", null, "the document states no figure to check"],
  );
  const noComputed = reconcileFigure({
    stated: 500000,
    computed: null,
    reason: "Table 1 has no Immediate Justice row",
    precision: "rounded",
    unit: "GBP",
  });
  assert.deepEqual(
    [noComputed.status, noComputed.tolerance, noComputed.reason],
    ["not-computable", 50000, "Table 1 has no Immediate Justice row"],
  );
  const unexplained = reconcileFigure({ stated: 1, computed: null, tolerance: 0, unit: "count" });
  assert.equal(unexplained.reason, "no value could be computed");
});

Deno.test("reconcileFigure() rejects input that does not say what to compare or how closely", () => {
  assertThrowsWith(
    () => reconcileFigure({ stated: 1, tolerance: 0, unit: "count" }),
    TypeError,
    "Cannot reconcile: give exactly one of parts and computed",
  );
  assertThrowsWith(
    () => reconcileFigure({ stated: 1, parts: [1], computed: 1, tolerance: 0, unit: "count" }),
    TypeError,
    "Cannot reconcile: give exactly one of parts and computed",
  );
  assertThrowsWith(
    () => reconcileFigure({ stated: 1, computed: 1, unit: "count" }),
    TypeError,
    "Cannot reconcile: give exactly one of tolerance and precision",
  );
  assertThrowsWith(
    () =>
      reconcileFigure({ stated: 1, computed: 1, tolerance: 0, precision: "exact", unit: "count" }),
    TypeError,
    "Cannot reconcile: give exactly one of tolerance and precision",
  );
});

Deno.test("reconcileFigure() rejects figures that are not finite, a negative tolerance and no parts", () => {
  assertThrowsWith(
    () => reconcileFigure({ stated: NaN, computed: 1, tolerance: 0, unit: "count" }),
    RangeError,
    'Cannot reconcile: stated "NaN" is not a finite number',
  );
  assertThrowsWith(
    () => reconcileFigure({ stated: 1, parts: [1, Infinity], tolerance: 0, unit: "count" }),
    RangeError,
    'Cannot reconcile: part 2 "Infinity" is not a finite number',
  );
  assertThrowsWith(
    () => reconcileFigure({ stated: 1, computed: 1, tolerance: -1, unit: "count" }),
    RangeError,
    'Cannot reconcile: tolerance "-1" must be a finite number ≥ 0',
  );
  assertThrowsWith(
    () => reconcileFigure({ stated: 1, parts: [], tolerance: 0, unit: "count" }),
    RangeError,
    "Cannot reconcile: parts is empty",
  );
});

Deno.test("reconcileFigure() reports a breakdown against a headline as coverage, however far apart", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 60: 204 secondary victims; ethnicities on
  // lines 199, 203, 207: 29 + 19 + 162 = 210, more than the 204, which is coverage, not error.
  const over = reconcileFigure({
    kind: "coverage",
    stated: 204,
    parts: [29, 19, 162],
    unit: "count",
  });
  assert.deepEqual(over, {
    stated: 204,
    computed: 210,
    difference: 6,
    tolerance: null,
    toleranceReason: null,
    status: "coverage",
    reason: null,
    omitted: 0,
    coverage: 210 / 204 * 100,
    bounds: null,
  });
  // Line 56: 356; lines 198, 202, 206: 152, 186 and an empty cell, left out with omitMissing.
  const empty = { value: null, missing_reason: "Empty cell" };
  const cypfs = reconcileFigure({
    kind: "coverage",
    stated: 356,
    parts: [152, 186, empty],
    omitMissing: true,
    unit: "count",
  });
  assert.deepEqual([cypfs.status, cypfs.coverage, cypfs.omitted], ["coverage", 338 / 356 * 100, 1]);
  const none = reconcileFigure({ kind: "coverage", stated: 0, computed: 5, unit: "count" });
  assert.deepEqual([none.status, none.reason], ["not-computable", "the headline is 0"]);
});

Deno.test("reconcileFigure() reports a figure no document gives as bounded by its range", () => {
  // Lines 64-72: at least 1,171 distinct children, at most 356 + 204 + 258 + 1,171 + 164 = 2,153.
  const range = { low: 1171, high: 2153 };
  const bounded = reconcileFigure({
    kind: "bounds",
    stated: null,
    computed: null,
    bounds: range,
    unit: "count",
  });
  assert.deepEqual([bounded.status, bounded.bounds, bounded.tolerance], ["bounded", range, null]);
  const open = reconcileFigure({
    kind: "bounds",
    stated: null,
    computed: null,
    bounds: null,
    reason: "a count has no value",
    unit: "count",
  });
  assert.deepEqual([open.status, open.reason], ["not-computable", "a count has no value"]);
});

Deno.test("reconcileFigure() refuses a tolerance for coverage, and a stated value or bad range for bounds", () => {
  assertThrowsWith(
    () =>
      reconcileFigure({ kind: "coverage", stated: 1, computed: 1, tolerance: 0, unit: "count" }),
    TypeError,
    "Cannot reconcile: a coverage comparison has no tolerance or precision",
  );
  assertThrowsWith(
    () => reconcileFigure({ kind: "bounds", stated: 1, computed: null, unit: "count" }),
    TypeError,
    "Cannot reconcile: a bounded figure has no stated value or parts",
  );
  assertThrowsWith(
    () =>
      reconcileFigure({
        kind: "bounds",
        stated: null,
        computed: 3,
        bounds: { low: 1, high: 2 },
        unit: "count",
      }),
    RangeError,
    'Cannot reconcile: bounds "1" to "2" are not in order or do not hold computed "3"',
  );
  assertThrowsWith(
    // @ts-expect-error: a kind of comparison the rule does not know
    () => reconcileFigure({ kind: "ratio", stated: 1, computed: 1, tolerance: 0, unit: "count" }),
    TypeError,
    'Cannot reconcile: kind "ratio" is not "total", "coverage" or "bounds"',
  );
});

Deno.test("reconcileFigure() gives a hedged figure the tolerance of its hedge", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 97: "roughly 27%"; 186,945 / 705,672.
  const share = reconcileFigure({
    stated: 27,
    computed: 186945 / 705672 * 100,
    precision: "approximate",
    raw: "roughly 27%",
    unit: "percent",
  });
  assert.deepEqual([share.tolerance, share.status], [1, "reproduced"]);
  assert.match(share.toleranceReason!, /^Approximate \("roughly 27%"\)/);
});
