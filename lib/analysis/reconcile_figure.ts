import type { Unit } from "../datasets/schema.ts";
import { EMPTY_CELL } from "../parse/missing.ts";
import type { CheckStatus, ReconcileStatus } from "./check_status.ts";
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

/**
 * What kind of comparison {@linkcode reconcileFigure} makes:
 *
 * - `total` (the default): a stated figure against its own parts or the figures it restates —
 *   `reproduced`, `discrepancy` or `not-computable`.
 * - `coverage`: a headline (`stated`) against a breakdown (`parts`) it is not stated to add up
 *   to — `coverage`, with the share covered, or `not-computable`.
 * - `bounds`: a figure no document gives, with the range (`bounds`) their figures allow —
 *   `bounded` or `not-computable`.
 */
export type FigureComparison = "total" | "coverage" | "bounds";

/** The statuses a comparison of each kind can have. */
export type StatusOf<K extends FigureComparison> = K extends "coverage"
  ? "coverage" | "not-computable"
  : K extends "bounds" ? "bounded" | "not-computable"
  : ReconcileStatus;

/** The least and the most a figure can be. */
export interface FigureBounds {
  /** The least value the documents allow. */
  low: number;
  /** The most. */
  high: number;
}

/** What {@linkcode reconcileFigure} compares: a stated figure and its parts, or a computed value. */
export interface ReconcileFigureInput<K extends FigureComparison = FigureComparison> {
  /** The kind of comparison; default `total`. */
  kind?: K;
  /** The figure as the document states it (the headline, for coverage); null when it states none. */
  stated: number | null;
  /** Figures whose sum should equal `stated`. Give this or `computed`, not both. */
  parts?: readonly ReconcilePart[];
  /** A value computed some other way (a ratio, a count). Null when it cannot be computed. */
  computed?: number | null;
  /** Why `computed` is null, for the result's `reason`. */
  reason?: string;
  /** An explicit tolerance (`total` only). Give this or `precision`, not both. */
  tolerance?: number;
  /** How precisely `stated` is written: the tolerance follows `statedTolerance()` (`total` only). */
  precision?: FigurePrecision;
  /** The stated figure as the document writes it (`roughly 27%`), for the tolerance's reason. */
  raw?: string;
  /** The unit of the figures. */
  unit: Unit;
  /**
   * Sum only the parts that have a value, and count the others in `omitted`, instead of
   * declaring the sum not computable: for a table whose empty cells the stated total evidently
   * leaves out; say so wherever the result is reported. Only evidently: when the parts with a
   * value do not make the stated total, the status is `not-computable` (the missing parts may
   * be the difference), never a `discrepancy`. `"empty-cells"` omits parts only when every
   * missing one is an empty cell (`missing_reason` "Empty cell", what `parseMissing("")` gives);
   * a part withheld or not held keeps the sum not computable.
   */
  omitMissing?: boolean | "empty-cells";
  /** The range the documents allow (`bounds` only); null when they do not bound it either. */
  bounds?: FigureBounds | null;
}

/** What {@linkcode reconcileFigure} found. */
export interface FigureReconciliation<S extends CheckStatus = ReconcileStatus> {
  /** The stated figure. */
  stated: number | null;
  /** The sum of the parts, or the computed value; null when not computable. */
  computed: number | null;
  /** `computed - stated`; null when either is null. */
  difference: number | null;
  /** The tolerance applied; null when nothing is stated or for coverage and bounds. */
  tolerance: number | null;
  /** Why that tolerance (empty for an explicit one); null when there is no tolerance. */
  toleranceReason: string | null;
  /** What the comparison found, in the vocabulary of `CHECK_STATUSES`. */
  status: S;
  /** Why not computable; null otherwise. */
  reason: string | null;
  /** How many parts without a value `omitMissing` left out of the sum. */
  omitted: number;
  /** For coverage: `computed ÷ stated × 100`, the share of the headline covered; else null. */
  coverage: number | null;
  /** For bounds: the range; else null. */
  bounds: FigureBounds | null;
}

const KINDS: readonly FigureComparison[] = ["total", "coverage", "bounds"];

// What a comparison finds before it finds anything: the fields each kind leaves empty.
const NOTHING = {
  stated: null,
  computed: null,
  difference: null,
  tolerance: null,
  toleranceReason: null,
  reason: null,
  omitted: 0,
  coverage: null,
  bounds: null,
};

/**
 * Checks a stated figure against its parts or a recomputed value: the status rule, the one place
 * a check's status is decided, for `reconcile()`, `shareOf()`, the findings and the ingest's
 * `checkTotals()`. A stated total with parts in the same document (an FOI table's "Sub-totals"
 * row, a quarterly breakdown) is checked by passing the parts; any other figure (a percentage, a
 * count of list items) by passing `computed`.
 *
 * For `total`, the difference is `computed - stated`; the status is `reproduced` when its size is
 * at most the tolerance (with 1e-9 relative slack for floating-point sums), `discrepancy` when
 * larger, and `not-computable` when nothing is stated, when a part is missing (unless
 * `omitMissing` and the other parts make the stated figure), or when `computed` is null —
 * `reason` then says why, quoting the parts' `missing_reason`. A missing part is never counted
 * as 0. For `coverage` there is no tolerance: the breakdown is not stated to add up to
 * the headline, so the status is `coverage` with the share covered, however far apart the two
 * are. For `bounds` the status is `bounded` with the range.
 *
 * @param input The stated figure, the parts or computed value, the tolerance or precision, the
 * unit, and the kind of comparison.
 * @returns The comparison.
 * @throws {TypeError} When both or neither of `parts` and `computed` are given, both or neither
 * of `tolerance` and `precision` for a total (any for coverage or bounds), a stated figure or
 * parts for bounds, or an unknown kind.
 * @throws {RangeError} When a figure is not finite, the tolerance is negative, `parts` is empty,
 * or the bounds are not in order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reconcileFigure } from "./mod.ts";
 * // llr_opcc_foi_0004_24_under18_services.txt line 79: 1351 = 352 + 284 + 331 + 384
 * const q = reconcileFigure({ stated: 1351, parts: [352, 284, 331, 384], precision: "exact", unit: "count" });
 * assert.equal(q.status, "reproduced");
 * // Leicester City Council FOI: the 356 CYPFS child victims (line 56), sexes 131 + 52 + 4
 * // (lines 184-190), which the document does not say add up to them.
 * const sex = reconcileFigure({ kind: "coverage", stated: 356, parts: [131, 52, 4], unit: "count" });
 * assert.equal(sex.status, "coverage");
 * assert.equal(sex.coverage, (131 + 52 + 4) / 356 * 100); // 52.5%
 * // Three quarters "Information held by NHSE" (line 58) cannot be summed.
 * const missing = { value: null, missing_reason: "Information held by NHSE" };
 * const sarc = reconcileFigure({ stated: null, parts: [missing, missing, missing, 10], tolerance: 0, unit: "count" });
 * assert.equal(sarc.status, "not-computable");
 * ```
 */
export function reconcileFigure<K extends FigureComparison = "total">(
  input: ReconcileFigureInput<K>,
): FigureReconciliation<StatusOf<K>> {
  const kind: FigureComparison = input.kind ?? "total";
  if (!KINDS.includes(kind)) {
    throw new TypeError(`Cannot reconcile: kind "${kind}" is not "total", "coverage" or "bounds"`);
  }
  checkFinite(input.stated, "stated");
  const result = kind === "total"
    ? compareTotal(input)
    : kind === "coverage"
    ? compareCoverage(input)
    : bound(input);
  return result as FigureReconciliation<StatusOf<K>>;
}

function compareTotal(input: ReconcileFigureInput): FigureReconciliation {
  const { stated } = input;
  const { value: tol, reason: toleranceReason } = chooseTolerance(input);
  const { computed, reason, omitted, missing } = computeValue(input);
  const base = { stated, computed, omitted, coverage: null, bounds: null };
  if (stated === null || computed === null) {
    const why = [stated === null ? "the document states no figure to check" : null, reason];
    return {
      ...base,
      difference: null,
      tolerance: stated === null ? null : tol,
      toleranceReason: stated === null ? null : toleranceReason,
      status: "not-computable",
      reason: why.filter((r) => r !== null).join("; "),
    };
  }
  const difference = computed - stated;
  const slack = 1e-9 * Math.max(1, Math.abs(stated), Math.abs(computed));
  const status = Math.abs(difference) <= tol + slack ? "reproduced" : "discrepancy";
  if (status === "discrepancy" && omitted > 0) {
    // The parts left out may be the difference: not a discrepancy, and not a sum to show.
    return {
      ...base,
      computed: null,
      difference: null,
      tolerance: tol,
      toleranceReason,
      status: "not-computable",
      reason: `${missing}, and those with a value sum to ${computed}, not the ${stated} stated`,
      omitted: 0,
    };
  }
  return { ...base, difference, tolerance: tol, toleranceReason, status, reason: null };
}

function compareCoverage(input: ReconcileFigureInput): FigureReconciliation<CheckStatus> {
  noTolerance(input, "a coverage comparison");
  const { stated } = input;
  const { computed, reason, omitted } = computeValue(input);
  const why = stated === null
    ? "the document states no headline to compare with"
    : stated === 0
    ? "the headline is 0"
    : reason;
  const found = { ...NOTHING, stated, computed, omitted };
  if (stated === null || stated === 0 || computed === null) {
    const difference = stated === null || computed === null ? null : computed - stated;
    return { ...found, difference, status: "not-computable", reason: why };
  }
  const coverage = computed / stated * 100;
  return { ...found, difference: computed - stated, status: "coverage", coverage };
}

function bound(input: ReconcileFigureInput): FigureReconciliation<CheckStatus> {
  noTolerance(input, "a bounded figure");
  if (input.stated !== null || input.parts !== undefined) {
    throw new TypeError("Cannot reconcile: a bounded figure has no stated value or parts");
  }
  const computed = input.computed ?? null;
  checkFinite(computed, "computed");
  const range = input.bounds ?? null;
  if (range !== null) {
    checkFinite(range.low, "low bound");
    checkFinite(range.high, "high bound");
    const outside = computed !== null && (computed < range.low || computed > range.high);
    if (range.low > range.high || outside) {
      throw new RangeError(
        `Cannot reconcile: bounds "${range.low}" to "${range.high}" are not in order` +
          (outside ? ` or do not hold computed "${computed}"` : ""),
      );
    }
  }
  if (range === null) {
    const reason = input.reason ?? "the documents do not bound the figure";
    return { ...NOTHING, computed, status: "not-computable", reason };
  }
  return { ...NOTHING, computed, status: "bounded", bounds: { low: range.low, high: range.high } };
}

function noTolerance(input: ReconcileFigureInput, what: string): void {
  if (input.tolerance !== undefined || input.precision !== undefined) {
    throw new TypeError(`Cannot reconcile: ${what} has no tolerance or precision`);
  }
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
  return statedTolerance(input.stated, input.precision as FigurePrecision, {
    unit: input.unit,
    raw: input.raw,
  });
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
