import { EMPTY_CELL } from "../parse/missing.ts";
import type { FindingStatus, FindingUnit } from "./finding.ts";
import { type FigurePrecision, statedTolerance } from "./stated_tolerance.ts";

/**
 * One figure to add up: a number, `null` for a missing one, or a dataset row (anything with a
 * `value` and, optionally, the `missing_reason` saying why the value is null).
 */
export type ReconcilePart = number | null | {
  /** The figure; null when missing. */
  readonly value: number | null;
  /** Why the figure is missing, in the document's words. */
  readonly missing_reason?: string | null;
};

/** What {@linkcode reconcileFigure} compares: a stated figure and its parts, or a computed value. */
export interface ReconcileFigureInput {
  /** The figure as the document states it; null when it states none. */
  stated: number | null;
  /** Figures whose sum should equal `stated`. Give this or `computed`, not both. */
  parts?: readonly ReconcilePart[];
  /** A value computed some other way (a ratio, a count). Null when it cannot be computed. */
  computed?: number | null;
  /** Why `computed` is null, for the result's `reason`. */
  reason?: string;
  /** An explicit tolerance. Give this or `precision`, not both. */
  tolerance?: number;
  /** How precisely `stated` is written: the tolerance then follows the rule of `statedTolerance()`. */
  precision?: FigurePrecision;
  /** The unit of the figures. */
  unit: FindingUnit;
  /**
   * Sum only the parts that have a value, and count the others in `omitted`, instead of
   * declaring the sum not computable: for a table whose empty cells the stated total evidently
   * leaves out; say so wherever the result is reported. Only evidently: when the parts with a
   * value do not make the stated figure, the status is `not-computable` (the missing parts may
   * be the difference), never a `discrepancy`. `"empty-cells"` omits parts only when every
   * missing one is an empty cell (`missing_reason` "Empty cell", what `parseMissing("")` gives);
   * a part withheld or not held keeps the sum not computable.
   */
  omitMissing?: boolean | "empty-cells";
}

/** What {@linkcode reconcileFigure} found. */
export interface FigureReconciliation {
  /** The stated figure. */
  stated: number | null;
  /** The sum of the parts, or the computed value; null when not computable. */
  computed: number | null;
  /** `computed - stated`; null when either is null. */
  difference: number | null;
  /** The tolerance applied; null when nothing is stated. */
  tolerance: number | null;
  /** Why that tolerance (empty for an explicit one); null when nothing is stated. */
  toleranceReason: string | null;
  /** `reproduced` when |difference| ≤ tolerance, `discrepancy` when not, else `not-computable`. */
  status: FindingStatus;
  /** Why not computable; null otherwise. */
  reason: string | null;
  /** How many parts without a value `omitMissing` left out of the sum. */
  omitted: number;
}

/**
 * Checks a stated figure against its parts or a recomputed value: the status rule, the one place
 * a finding's status is decided. A stated total with parts in the same document (an FOI table's
 * "Sub-totals" row, a quarterly breakdown) is checked by passing the parts; any other figure
 * (a percentage, a count of list items) by passing `computed`.
 *
 * The difference is `computed - stated`; the status is `reproduced` when its size is at most the
 * tolerance (with 1e-9 relative slack for floating-point sums), `discrepancy` when larger, and
 * `not-computable` when nothing is stated, when a part is missing (unless `omitMissing` and the
 * other parts make the stated figure), or when `computed` is null — `reason` then says why,
 * quoting the parts' `missing_reason`. A missing part is never counted as 0.
 *
 * It checks one figure; to check every stated total of a table at once, grouped by a column, use
 * the analysis library's `reconcile()`.
 *
 * @param input The stated figure, the parts or computed value, the tolerance or precision, the
 * unit.
 * @returns The comparison.
 * @throws {TypeError} When both or neither of `parts` and `computed` are given, or both or neither
 * of `tolerance` and `precision`.
 * @throws {RangeError} When a figure is not finite, the tolerance is negative, or `parts` is empty.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reconcileFigure } from "./mod.ts";
 * // llr_opcc_foi_0004_24_under18_services.txt line 79: 1351 = 352 + 284 + 331 + 384
 * const q = reconcileFigure({ stated: 1351, parts: [352, 284, 331, 384], precision: "exact", unit: "count" });
 * assert.equal(q.status, "reproduced");
 * // Three quarters "Information held by NHSE" (line 58) cannot be summed.
 * const missing = { value: null, missing_reason: "Information held by NHSE" };
 * const sarc = reconcileFigure({ stated: null, parts: [missing, missing, missing, 10], tolerance: 0, unit: "count" });
 * assert.equal(sarc.status, "not-computable");
 * ```
 */
export function reconcileFigure(input: ReconcileFigureInput): FigureReconciliation {
  const { stated } = input;
  checkFinite(stated, "stated");
  const { value: tol, reason: toleranceReason } = chooseTolerance(input);
  const { computed, reason, omitted, missing } = computeValue(input);
  if (stated === null || computed === null) {
    const why = [stated === null ? "the document states no figure to check" : null, reason];
    return {
      stated,
      computed,
      difference: null,
      tolerance: stated === null ? null : tol,
      toleranceReason: stated === null ? null : toleranceReason,
      status: "not-computable",
      reason: why.filter((r) => r !== null).join("; "),
      omitted,
    };
  }
  const difference = computed - stated;
  const slack = 1e-9 * Math.max(1, Math.abs(stated), Math.abs(computed));
  const status = Math.abs(difference) <= tol + slack ? "reproduced" : "discrepancy";
  if (status === "discrepancy" && omitted > 0) {
    return {
      stated,
      computed: null,
      difference: null,
      tolerance: tol,
      toleranceReason,
      status: "not-computable",
      reason: `${missing}, and those with a value sum to ${computed}, not the ${stated} stated`,
      omitted: 0,
    };
  }
  return {
    stated,
    computed,
    difference,
    tolerance: tol,
    toleranceReason,
    status,
    reason: null,
    omitted,
  };
}

function chooseTolerance(input: ReconcileFigureInput): { value: number; reason: string } {
  const hasTolerance = input.tolerance !== undefined;
  if (hasTolerance === (input.precision !== undefined)) {
    throw new TypeError("Cannot reconcile: give exactly one of tolerance and precision");
  }
  if (hasTolerance) {
    const t = input.tolerance as number;
    if (!Number.isFinite(t) || t < 0) {
      throw new RangeError(`Cannot reconcile: tolerance "${t}" must be a finite number ≥ 0`);
    }
    return { value: t, reason: "" };
  }
  if (input.stated === null) return { value: 0, reason: "" };
  return statedTolerance(input.stated, input.precision as FigurePrecision, { unit: input.unit });
}

/** The computed value, why it is null, how many missing parts were left out and why. */
interface Computed {
  computed: number | null;
  reason: string | null;
  omitted: number;
  /** "n of m parts have no value (…)" when some do; else null. */
  missing: string | null;
}

function computeValue(input: ReconcileFigureInput): Computed {
  if ((input.parts === undefined) === (input.computed === undefined)) {
    throw new TypeError("Cannot reconcile: give exactly one of parts and computed");
  }
  if (input.parts === undefined) {
    const computed = input.computed as number | null;
    checkFinite(computed, "computed");
    return {
      computed,
      reason: computed === null ? input.reason ?? "no value could be computed" : null,
      omitted: 0,
      missing: null,
    };
  }
  return sumParts(input.parts, input.omitMissing ?? false);
}

function sumParts(
  parts: readonly ReconcilePart[],
  omitMissing: boolean | "empty-cells",
): Computed {
  if (parts.length === 0) throw new RangeError("Cannot reconcile: parts is empty");
  const values = parts.map((p) => p === null || typeof p === "number" ? p : p.value);
  values.forEach((v, i) => checkFinite(v, `part ${i + 1}`));
  const missing = parts.filter((_, i) => values[i] === null);
  const present = values.filter((v): v is number => v !== null);
  const why = missingReasons(missing);
  const verb = missing.length === 1 ? "has" : "have";
  const noun = parts.length === 1 ? "part" : "parts";
  const reason = missing.length === 0
    ? null
    : `${missing.length} of ${parts.length} ${noun} ${verb} no value${why}`;
  const omit = omitMissing === "empty-cells"
    ? missing.every((p) => p !== null && typeof p === "object" && p.missing_reason === EMPTY_CELL)
    : omitMissing;
  if (missing.length > 0 && (!omit || present.length === 0)) {
    return { computed: null, reason, omitted: 0, missing: reason };
  }
  const computed = present.reduce((a, b) => a + b, 0);
  return { computed, reason: null, omitted: missing.length, missing: reason };
}

function missingReasons(missing: readonly ReconcilePart[]): string {
  const reasons = missing.map((p) => p !== null && typeof p === "object" ? p.missing_reason : null)
    .filter((r): r is string => typeof r === "string" && r !== "");
  const unique = [...new Set(reasons)];
  return unique.length === 0 ? "" : ` (${unique.map((r) => `"${r}"`).join(", ")})`;
}

function checkFinite(value: number | null | undefined, name: string): void {
  if (value === null || value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`Cannot reconcile: ${name} "${value}" is not a finite number`);
  }
}
