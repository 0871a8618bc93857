import { formatUnit } from "../format/format_unit.ts";
import { formatValue } from "../format/format_value.ts";
import type { Unit } from "../datasets/schema.ts";
import { placesOf } from "./_places.ts";

/**
 * How precisely a document states a figure, which sets how far a recomputed value may differ:
 *
 * - `exact`: the figure is given to the unit — a table cell or a table's total in whole pounds,
 *   a count, a number of items in a list, a length in whole years. Tolerance 0.
 * - `rounded`: the figure is in prose and may be rounded, as prose figures often are ("£435,000",
 *   "£372,000"). Nothing says how far, so the digits written are the only evidence: the figure
 *   stands for any value that rounds to it, a tolerance of half a unit of its last significant
 *   digit. Trailing zeros of a whole number are not significant.
 * - `approximate`: the document hedges the figure ("roughly 27%", "about", "c£800,000"). A hedge
 *   says the figure is rounded but not that it is rounded to the nearest: it stands for any value
 *   that rounds to it up or down at its last significant digit, a tolerance of one whole unit of
 *   that digit ("roughly 27%": 26% to 28%).
 */
export type FigurePrecision = "exact" | "rounded" | "approximate";

/** Options for {@linkcode statedTolerance}. */
export interface StatedToleranceOptions {
  /** The figure's unit, for the wording of the reason; default `count` (a bare number). */
  unit?: Unit;
  /** The figure as the document writes it (`roughly 27%`), quoted in the reason when given. */
  raw?: string;
}

/** A tolerance and the sentence that justifies it. */
export interface StatedTolerance {
  /** The largest difference still counted as agreeing. */
  value: number;
  /** The place value of the figure's last significant digit (1 for an exact figure). */
  step: number;
  /** Why, in a sentence, for a finding's note. */
  reason: string;
}

const PRECISIONS = ["exact", "rounded", "approximate"];

/**
 * The tolerance rule, the one place it is decided: 0 for an `exact` figure; for a `rounded` one,
 * half a unit of its last significant digit ("£435,000" is stated to the thousand: ±500;
 * "£639,675" to the pound: ±0.5, so whole pounds must match; "26.5%" to the tenth: ±0.05); for an
 * `approximate` one, a whole unit of that digit ("roughly 27%": ±1 point, 26% to 28%;
 * "c£800,000": ±£100,000).
 *
 * @param stated The figure as stated.
 * @param precision How precisely the document states it.
 * @param options The unit and the figure's own words, for the wording of the reason.
 * @returns The tolerance, the figure's step and why.
 * @throws {RangeError} When `stated` is not a finite number or `precision` is unknown.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { statedTolerance } from "./mod.ts";
 * assert.equal(
 *   statedTolerance(435000, "rounded", { unit: "GBP" }).reason,
 *   "Rounded: the figure is stated to the nearest £1,000, so it stands for any value within " +
 *     "±£500 of it.",
 * );
 * assert.equal(statedTolerance(26.5, "rounded").value, 0.05);
 * assert.equal(statedTolerance(4654011, "exact").value, 0);
 * // Leicester City Council FOI line 97: "roughly 27%"
 * const roughly = statedTolerance(27, "approximate", { unit: "percent", raw: "roughly 27%" });
 * assert.equal(roughly.value, 1);
 * assert.match(roughly.reason, /stands for any value from 26% to 28%/);
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
  if (!PRECISIONS.includes(precision)) {
    throw new RangeError(
      `Cannot set a tolerance for "${stated}": precision "${precision}" is not "exact", ` +
        '"rounded" or "approximate"',
    );
  }
  if (precision === "exact") {
    return {
      value: 0,
      step: 1,
      reason: "Exact: the figure is given to the unit, so no tolerance.",
    };
  }
  const unit = options.unit ?? "count";
  const step = lastDigitStep(Math.abs(stated));
  if (precision === "rounded") {
    return {
      value: step / 2,
      step,
      reason: `Rounded: the figure is stated to the nearest ${stepText(step, unit)}, ` +
        `so it stands for any value within ±${stepText(step / 2, unit)} of it.`,
    };
  }
  const quoted = options.raw === undefined ? "" : ` ("${options.raw}")`;
  const digits = placesOf(step);
  const bound = (value: number) => formatUnit(value, unit, { digits });
  return {
    value: step,
    step,
    reason: `Approximate${quoted}: a hedged figure may be rounded up or down at its last ` +
      `significant digit, the nearest ${stepText(step, unit)}, so it stands for any value from ` +
      `${bound(stated - step)} to ${bound(stated + step)}.`,
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
  const places = placesOf(value);
  return Number((10 ** -places).toFixed(places));
}

/** A step of a unit in words, for a tolerance's reason: `£1,000`, `1 percentage point`. */
function stepText(step: number, unit: Unit): string {
  // As a figure; only percentages read differently, in words, to every decimal the step has.
  if (unit !== "percent") {
    return formatUnit(step, unit, { digits: unit === "GBP" && step < 1 ? 2 : placesOf(step) });
  }
  const points = formatValue(step, "number");
  return `${points} percentage ${step === 1 ? "point" : "points"}`;
}
