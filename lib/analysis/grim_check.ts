// A GRIM-style test (Brown and Heathers' granularity-related inconsistency of means, applied to a
// percentage): a share of a whole count can only take the values k ÷ base, so a stated percentage
// is possible only if some whole k gives it at the rounding it is written to. Hand-written: a few
// lines of arithmetic, and no kept package does it for percentages.
import { placesOf } from "./_places.ts";

/** Options for {@linkcode grimCheck}. */
export interface GrimCheckOptions {
  /**
   * The decimal places the percentage is written to; default the places it has (`27` → 0,
   * `26.5` → 1).
   */
  decimals?: number;
}

/** What {@linkcode grimCheck} found. */
export interface GrimCheck {
  /** The stated percentage. */
  percent: number;
  /** The whole it is a share of: a count, or an amount in whole units (pounds). */
  base: number;
  /** The decimal places the percentage is taken to be rounded to. */
  decimals: number;
  /** True when some whole part from 0 to `base` gives `percent` at that rounding. */
  consistent: boolean;
  /** The least whole part that gives it; null when none does. */
  low: number | null;
  /** The most; null when none does. */
  high: number | null;
}

/**
 * Asks whether a stated percentage of a stated whole is possible at the rounding it is written
 * to: is there a whole part `k` (0 ≤ k ≤ base) whose share `k ÷ base × 100`, rounded to
 * `decimals` places, is the percentage? Halves may round either way, so the share may lie from
 * half a unit below to half a unit above. Gives the range of such parts.
 *
 * @param percent The percentage as stated, e.g. 27.
 * @param base The whole as stated: a positive whole number (a count, or pounds).
 * @param options The rounding the percentage is written to.
 * @returns Whether it is possible, and the whole parts that give it.
 * @throws {RangeError} When `percent` is not finite, `base` is not a positive whole number, or
 * `decimals` is not a whole number from 0 to 10.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { grimCheck } from "./mod.ts";
 * // Leicester City Council FOI line 97: "roughly 27%" of the £705,672 budget (line 93).
 * const share = grimCheck(27, 705672);
 * assert.equal(share.consistent, true);
 * assert.deepEqual([share.low, share.high], [187004, 194059]); // from 26.5% to 27.5% of £705,672
 * // 34.5% of 36 people is impossible: 12 of 36 is 33.3%, 13 of 36 is 36.1%.
 * assert.equal(grimCheck(34.5, 36).consistent, false);
 * ```
 */
export function grimCheck(
  percent: number,
  base: number,
  options: GrimCheckOptions = {},
): GrimCheck {
  if (typeof percent !== "number" || !Number.isFinite(percent)) {
    throw new RangeError(`Cannot check percentage "${percent}": expected a finite number`);
  }
  if (!Number.isInteger(base) || base <= 0) {
    throw new RangeError(
      `Cannot check percentage "${percent}": base "${base}" is not a positive whole number`,
    );
  }
  const decimals = options.decimals ?? Math.min(placesOf(percent), 10);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(
      `Cannot check percentage "${percent}": decimals "${decimals}" is not a whole number from 0 to 10`,
    );
  }
  const half = 0.5 * 10 ** -decimals;
  // A little slack for binary fractions: 0.265 × 705672 is 187003.08, never 187003.0799999.
  const slack = 1e-9 * base;
  const low = Math.max(0, Math.ceil((percent - half) * base / 100 - slack));
  const high = Math.min(base, Math.floor((percent + half) * base / 100 + slack));
  const consistent = low <= high;
  return {
    percent,
    base,
    decimals,
    consistent,
    low: consistent ? low : null,
    high: consistent ? high : null,
  };
}
