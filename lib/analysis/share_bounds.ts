/** The share of a whole that a category may be, when only part of the whole is recorded. */
export interface ShareBounds {
  /** The share among those recorded: `count ÷ recorded × 100`; null when none is recorded. */
  known: number | null;
  /** The least share of the whole: none of the unrecorded are in the category. */
  low: number;
  /** The most: all of the unrecorded are. */
  high: number;
  /** How many of the whole are not recorded: `whole − recorded`. */
  unrecorded: number;
}

/**
 * The range a category's share of a whole can take when the category is recorded for only part
 * of it: at least `count ÷ whole` (none of the unrecorded belong to it), at most
 * `(count + unrecorded) ÷ whole` (all of them do), in percent, beside the share among those
 * recorded. The share among the recorded is a point in that range only if the unrecorded are like
 * the recorded, which the documents do not say.
 *
 * @param count How many of those recorded are in the category.
 * @param recorded How many have the characteristic recorded (the known categories' total).
 * @param whole The headline count the share is of.
 * @returns The share among the recorded and the range of the share of the whole.
 * @throws {RangeError} When a count is not a whole number ≥ 0, or `count` > `recorded` > `whole`
 * does not hold (a breakdown larger than its headline cannot bound a share of it).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shareBounds } from "./mod.ts";
 * // Leicester City Council FOI: 131 male (line 184) of the 131 + 52 whose sex is known (lines
 * // 184-187), of the 356 CYPFS child victims (line 56); 4 "Unknown" (line 190) count as unrecorded.
 * const male = shareBounds(131, 131 + 52, 356);
 * assert.equal(male.unrecorded, 356 - 183);
 * assert.equal(male.low, 131 / 356 * 100); // 36.8%
 * assert.equal(male.high, (131 + 173) / 356 * 100); // 85.4%
 * assert.equal(male.known, 131 / 183 * 100); // 71.6%
 * ```
 */
export function shareBounds(count: number, recorded: number, whole: number): ShareBounds {
  for (const [name, value] of [["count", count], ["recorded", recorded], ["whole", whole]]) {
    if (!Number.isInteger(value) || (value as number) < 0) {
      throw new RangeError(`Cannot bound the share: ${name} "${value}" is not a whole number ≥ 0`);
    }
  }
  if (count > recorded || recorded > whole || whole === 0) {
    throw new RangeError(
      `Cannot bound the share of "${count}" in "${recorded}" recorded of "${whole}": ` +
        "expected count ≤ recorded ≤ whole, and a whole above 0",
    );
  }
  const unrecorded = whole - recorded;
  return {
    known: recorded === 0 ? null : count / recorded * 100,
    low: count / whole * 100,
    high: (count + unrecorded) / whole * 100,
    unrecorded,
  };
}
