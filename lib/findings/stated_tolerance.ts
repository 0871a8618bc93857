import type { FindingUnit } from "./finding.ts";
import { formatStep } from "./_format.ts";

/**
 * How precisely a document states a figure, which sets how far a recomputed value may differ:
 *
 * - `exact`: the figure is given to the unit — a table cell or a table's total in whole pounds,
 *   a count, a number of items in a list, a length in whole years. Tolerance 0.
 * - `rounded`: the figure is in prose and may be rounded, as prose figures often are ("£435,000",
 *   "roughly 27%"). Nothing says how far, so the digits written are the only evidence: the
 *   figure stands for any value that rounds to it, a tolerance of half a unit of its last
 *   significant digit. Trailing zeros of a whole number are not significant.
 */
export type FigurePrecision = "exact" | "rounded";

/** Options for {@linkcode statedTolerance}. */
export interface StatedToleranceOptions {
  /** The figure's unit, for the wording of the reason; default `count` (a bare number). */
  unit?: FindingUnit;
}

/** A tolerance and the sentence that justifies it. */
export interface StatedTolerance {
  /** The largest difference still counted as reproduced. */
  value: number;
  /** Why, in a sentence, for a finding's note. */
  reason: string;
}

/**
 * The tolerance rule, the one place it is decided: 0 for an `exact` figure; for a `rounded` one,
 * half a unit of its last significant digit ("£435,000" is stated to the thousand: ±500;
 * "£639,675" to the pound: ±0.5, so whole pounds must match; "27%" to the percentage point:
 * ±0.5 points; "26.5%" to the tenth: ±0.05).
 *
 * @param stated The figure as stated.
 * @param precision How precisely the document states it.
 * @param options The unit, for the wording of the reason.
 * @returns The tolerance and why.
 * @throws {RangeError} When `stated` is not a finite number or `precision` is unknown.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { statedTolerance } from "./mod.ts";
 * assert.deepEqual(statedTolerance(435000, "rounded", { unit: "GBP" }), {
 *   value: 500,
 *   reason: "Rounded: the figure is stated to the nearest £1,000, so it stands for any value " +
 *     "within ±£500 of it.",
 * });
 * assert.equal(statedTolerance(27, "rounded").value, 0.5);
 * assert.equal(statedTolerance(26.5, "rounded").value, 0.05);
 * assert.equal(statedTolerance(4654011, "exact").value, 0);
 * ```
 */
export function statedTolerance(
  stated: number,
  precision: FigurePrecision,
  options: StatedToleranceOptions = {},
): StatedTolerance {
  if (typeof stated !== "number" || !Number.isFinite(stated)) {
    throw new RangeError(`Cannot set a tolerance for "${stated}": expected a finite number`);
  }
  if (precision === "exact") {
    return { value: 0, reason: "Exact: the figure is given to the unit, so no tolerance." };
  }
  if (precision !== "rounded") {
    throw new RangeError(
      `Cannot set a tolerance for "${stated}": precision "${precision}" is not "exact" or "rounded"`,
    );
  }
  const unit = options.unit ?? "count";
  const step = lastDigitStep(Math.abs(stated));
  return {
    value: step / 2,
    reason: `Rounded: the figure is stated to the nearest ${formatStep(step, unit)}, ` +
      `so it stands for any value within ±${formatStep(step / 2, unit)} of it.`,
  };
}

/** The place value of the last significant digit: 435000 → 1000, 27 → 1, 26.5 → 0.1. */
function lastDigitStep(value: number): number {
  if (value === 0) return 1;
  if (Number.isInteger(value)) {
    let step = 1;
    while (value % (step * 10) === 0) step *= 10;
    return step;
  }
  // The fewest decimals that write the number back exactly, as its author wrote it.
  let decimals = 1;
  while (decimals < 15 && Number(value.toFixed(decimals)) !== value) decimals++;
  return Number((10 ** -decimals).toFixed(decimals));
}
