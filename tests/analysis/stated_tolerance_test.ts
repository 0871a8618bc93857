import assert from "node:assert/strict";
import { statedTolerance } from "../../lib/analysis/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("statedTolerance() is zero for an exact figure, whatever its trailing zeros", () => {
  // llr_opcc_foi_0017_24_asb_support.txt line 48: the sub-total 1,073,630 ends in a zero but is
  // a sum of whole pounds, so exact.
  assert.equal(statedTolerance(1073630, "exact").value, 0);
  assert.equal(statedTolerance(4654011, "exact").value, 0);
  assert.equal(statedTolerance(0, "exact").value, 0);
});

Deno.test("statedTolerance() gives half a unit of the last significant digit of a rounded figure", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 93 "£435,000" and line 106 "£372,000":
  // stated to the thousand, 1000 / 2 = 500.
  assert.equal(statedTolerance(435000, "rounded").value, 500);
  assert.equal(statedTolerance(372000, "rounded").value, 500);
  // Line 81 "£639,675": to the pound, 1 / 2.
  assert.equal(statedTolerance(639675, "rounded").value, 0.5);
  // Line 37 "£80,000": to the ten thousand, 10000 / 2.
  assert.equal(statedTolerance(80000, "rounded").value, 5000);
  // leicester_council_foi_child_victims_2020_21.txt line 97 "roughly 27%": 1 / 2 point.
  assert.equal(statedTolerance(27, "rounded").value, 0.5);
});

Deno.test("statedTolerance() reads decimals as written and treats zero and negatives sensibly", () => {
  assert.equal(statedTolerance(26.5, "rounded").value, 0.05); // 0.1 / 2
  assert.equal(statedTolerance(26.49, "rounded").value, 0.005); // 0.01 / 2
  assert.equal(statedTolerance(0.1, "rounded").value, 0.05);
  assert.equal(statedTolerance(-1200, "rounded").value, 50); // 100 / 2, the sign does not matter
  assert.equal(statedTolerance(0, "rounded").value, 0.5); // 0 has no significant digit: to the unit
  assert.equal(statedTolerance(5, "rounded").value, 0.5);
  assert.equal(statedTolerance(10, "rounded").value, 5);
});

Deno.test("statedTolerance() explains itself in the figure's unit", () => {
  assert.equal(
    statedTolerance(435000, "rounded", { unit: "GBP" }).reason,
    "Rounded: the figure is stated to the nearest £1,000, so it stands for any value within " +
      "±£500 of it.",
  );
  assert.equal(
    statedTolerance(27, "rounded", { unit: "percent" }).reason,
    "Rounded: the figure is stated to the nearest 1 percentage point, so it stands for any " +
      "value within ±0.5 percentage points of it.",
  );
  assert.equal(
    statedTolerance(5, "exact", { unit: "years" }).reason,
    "Exact: the figure is given to the unit, so no tolerance.",
  );
});

Deno.test("statedTolerance() rejects a figure that is not finite and an unknown precision", () => {
  assertThrowsWith(
    () => statedTolerance(NaN, "exact"),
    RangeError,
    'Cannot set a tolerance for "NaN": expected a finite number',
  );
  assertThrowsWith(
    () => statedTolerance(Infinity, "rounded"),
    RangeError,
    'Cannot set a tolerance for "Infinity": expected a finite number',
  );
  assertThrowsWith(
    // @ts-expect-error: a precision the rule does not know
    () => statedTolerance(27, "loose"),
    RangeError,
    'Cannot set a tolerance for "27": precision "loose" is not "exact", "rounded" or "approximate"',
  );
});

Deno.test("statedTolerance() gives a hedged figure a whole unit of its last significant digit", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 97: "roughly 27%", to the whole percent.
  assert.deepEqual(statedTolerance(27, "approximate", { unit: "percent", raw: "roughly 27%" }), {
    value: 1,
    step: 1,
    reason: 'Approximate ("roughly 27%"): a hedged figure may be rounded up or down at its last ' +
      "significant digit, the nearest 1 percentage point, so it stands for any value from 26% " +
      "to 28%.",
  });
  // nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt line 65: "c£800,000", to the
  // hundred thousand; line 66: "c£230,000", to the ten thousand.
  const dv = statedTolerance(800000, "approximate", { unit: "GBP", raw: "c£800,000" });
  assert.equal(dv.value, 100000);
  assert.match(dv.reason, /from £700,000 to £900,000\.$/);
  assert.equal(statedTolerance(230000, "approximate", { unit: "GBP" }).value, 10000);
  assert.equal(statedTolerance(26.5, "approximate").value, 0.1);
});
