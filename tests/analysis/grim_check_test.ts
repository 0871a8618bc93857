import assert from "node:assert/strict";
import { grimCheck } from "../../lib/analysis/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("grimCheck() finds the whole-pound parts that give Leicester's 27% of £705,672", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 93: £705,672; line 97: "roughly 27%".
  // 26.5% of 705,672 is 187,003.08 and 27.5% is 194,059.8: parts 187,004 to 194,059.
  assert.deepEqual(grimCheck(27, 705672), {
    percent: 27,
    base: 705672,
    decimals: 0,
    consistent: true,
    low: 187004,
    high: 194059,
  });
  // The stated part, £186,945 (line 97), is 186,945 / 705,672 = 26.49%: not among them.
  assert.ok(186945 < grimCheck(27, 705672).low!);
});

Deno.test("grimCheck() finds a percentage no whole count of a small base can give", () => {
  // llr_opcc_foi_0017_24_asb_support.txt line 51: 36 service users. k / 36 × 100 takes the values
  // 33.33 (12) and 36.11 (13), so 34.5% at one decimal is impossible, 36.1% possible.
  assert.deepEqual(grimCheck(34.5, 36), {
    percent: 34.5,
    base: 36,
    decimals: 1,
    consistent: false,
    low: null,
    high: null,
  });
  assert.deepEqual([grimCheck(36.1, 36).low, grimCheck(36.1, 36).high], [13, 13]);
  // At whole percents 34% is impossible (no k in 12.06 to 12.42) and 33% possible (k = 12).
  assert.equal(grimCheck(34, 36).consistent, false);
  assert.equal(grimCheck(33, 36, { decimals: 0 }).low, 12);
});

Deno.test("grimCheck() lets a half round either way and keeps parts within the base", () => {
  // 1 of 8 is 12.5%: written 13% (half up) or 12% (half to even), both are possible.
  assert.equal(grimCheck(13, 8).low, 1);
  assert.equal(grimCheck(12, 8).low, 1);
  // 100% of 7 is only 7; 0% only 0.
  assert.deepEqual([grimCheck(100, 7).low, grimCheck(100, 7).high], [7, 7]);
  assert.deepEqual([grimCheck(0, 7).low, grimCheck(0, 7).high], [0, 0]);
});

Deno.test("grimCheck() rejects a base that is not a positive whole number, and bad decimals", () => {
  assertThrowsWith(
    () => grimCheck(27, 705672.5),
    RangeError,
    'Cannot check percentage "27": base "705672.5" is not a positive whole number',
  );
  assertThrowsWith(
    () => grimCheck(27, 0),
    RangeError,
    'Cannot check percentage "27": base "0" is not a positive whole number',
  );
  assertThrowsWith(
    () => grimCheck(NaN, 10),
    RangeError,
    'Cannot check percentage "NaN": expected a finite number',
  );
  assertThrowsWith(
    () => grimCheck(27, 10, { decimals: -1 }),
    RangeError,
    'Cannot check percentage "27": decimals "-1" is not a whole number from 0 to 10',
  );
});
