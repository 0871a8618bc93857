import assert from "node:assert/strict";
import { shareBounds } from "../../lib/analysis/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

// leicester_council_foi_child_victims_2020_21.txt line 56: CYPFS 356; lines 184, 187, 190:
// Male 131, Female 52, Unknown 4. Male or female is recorded for 131 + 52 = 183.
Deno.test("shareBounds() bounds the male share of the 356 by the 173 whose sex is not recorded", () => {
  assert.deepEqual(shareBounds(131, 183, 356), {
    known: 131 / 183 * 100, // 71.6%
    low: 131 / 356 * 100, // 36.8%: none of the 173 male
    high: (131 + 173) / 356 * 100, // 85.4%: all of them
    unrecorded: 356 - 183,
  });
});

Deno.test("shareBounds() gives a single point when everyone is recorded", () => {
  // Lines 198-207, Support & Information ethnicity: 29 + 19 + 162 = 210 recorded, all of them.
  const all = shareBounds(29, 210, 210);
  assert.equal(all.low, all.high);
  assert.equal(all.known, all.low);
  assert.equal(shareBounds(0, 0, 10).known, null);
});

Deno.test("shareBounds() refuses counts out of order, such as a breakdown over its headline", () => {
  // Lines 60 and 199-207: the Support & Information ethnicities (210) exceed its count (204).
  assertThrowsWith(
    () => shareBounds(29, 210, 204),
    RangeError,
    'Cannot bound the share of "29" in "210" recorded of "204": expected count ≤ recorded ≤ ' +
      "whole, and a whole above 0",
  );
  assertThrowsWith(
    () => shareBounds(1.5, 183, 356),
    RangeError,
    'Cannot bound the share: count "1.5" is not a whole number ≥ 0',
  );
});
