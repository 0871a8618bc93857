import type { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import { annualiseTable, scaled, valueLength, yearScale } from "./_annualise.ts";
import { describeValue } from "../format/describe_value.ts";
import { checkOptions, oneOf } from "../format/options.ts";

/** Options for annualising a table with {@linkcode annualise}. */
export interface AnnualiseOptions {
  /** Pro rata by whole `"months"` (the default; the period must be whole months) or by `"days"`. */
  method?: "months" | "days";
  /** The column with each period's first day (ISO date); default `"period_start"`. */
  start?: string;
  /** The column with each period's last day, included; default `"period_end"`. */
  end?: string;
  /** The value column; default `"value"`. */
  value?: string;
  /** The boolean approximate column; default `"approximate"`, used when present. */
  approximate?: string;
}

/** Options for annualising one figure with {@linkcode annualise}: give its length one way. */
export interface AnnualiseValueOptions {
  /** `"months"` or `"days"`; default `"days"` when `days` is given, else `"months"`. */
  method?: "months" | "days";
  /** The period's length in months (with no `start`/`end`). */
  months?: number;
  /** The period's length in days (with no `start`/`end`); a year is `yearDays` long. */
  days?: number;
  /** The days in a year for `days`; default 365. */
  yearDays?: number;
  /** The period's first day, ISO (with `end`). */
  start?: string;
  /** The period's last day, ISO, included (with `start`). */
  end?: string;
  /** Whether the figure is approximate (`c£`); default false. */
  approximate?: boolean;
}

/** The columns {@linkcode annualise} adds to a table's rows. */
export interface AnnualisedColumns {
  /** The figure for a whole year; null when the value or its period is missing. */
  annual_value: number | null;
  /** True unless the period was exactly a year; null when there is no period. */
  estimate: boolean | null;
  /** How it was scaled: `"months"` or `"days"`. */
  method: "months" | "days";
  /** The period's length in months, when whole months; else null. */
  months: number | null;
  /** The period's length in days, when known; else null. */
  days: number | null;
  /** What the figure was multiplied by; null when not annualised. */
  factor: number | null;
  /** Whether the figure was approximate. */
  approximate: boolean;
  /** Why `annual_value` is null; else null. */
  annual_missing_reason: string | null;
}

/** One annualised figure. */
export interface Annualised {
  /** The figure for a whole year. */
  value: number;
  /** True unless the period was exactly a year: the figure is then an estimate, not a statement. */
  estimate: boolean;
  /** How it was scaled: `"months"` (× 12 ÷ months) or `"days"` (× year's days ÷ days). */
  method: "months" | "days";
  /** The period's length in months, when it is whole months (else null). */
  months: number | null;
  /** The period's length in days, when known (else null). */
  days: number | null;
  /** What the figure was multiplied by. */
  factor: number;
  /** Whether the figure it came from was approximate. */
  approximate: boolean;
}

/**
 * Scales a figure for part of a year (or for several years) to a whole year, pro rata: by
 * months (× 12 ÷ months, the default) or by days (× the days in the twelve months from the
 * period's start ÷ the period's days). The result is an estimate whenever the period is not a
 * year, and approximate whenever its input was.
 *
 * Given a table, it adds `annual_value`, `estimate`, `method`, `months`, `days`, `factor`,
 * `approximate` (kept, or false when the table has none) and `annual_missing_reason` (why
 * `annual_value` is null: the value's own reason, or no period). Given a number, it returns an
 * {@linkcode Annualised}.
 *
 * @param input A table with period columns, or one figure.
 * @param options The method and the columns, or the figure's period.
 * @returns The table with the annualised columns, or the annualised figure.
 * @throws {RangeError} For a bad method, an unreadable date, a period that is not whole months
 *   under `method: "months"`, or a length that is not positive.
 * @throws {TypeError} For a wrong shape: an unknown option, no length for a number.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annualise } from "./mod.ts";
 *
 * // Victim Support £411,834 for 1 April – 31 December 2015 (nine months)
 * const r = annualise(411834, { start: "2015-04-01", end: "2015-12-31" });
 * assert.equal(r.value, 549112); // 411,834 × 12 ÷ 9
 * assert.equal(r.estimate, true);
 * assert.equal(r.months, 9);
 * ```
 */
export function annualise<Row = RowObject>(
  input: TypedTable<Row> | aq.ColumnTable,
  options?: AnnualiseOptions,
): TypedTable<Row & AnnualisedColumns>;
/**
 * Scales one figure for part of a year to a whole year (see the table form above).
 *
 * @param input The figure.
 * @param options Its period: `months`, `days`, or `start` and `end`; the method; approximate.
 * @returns The annualised figure, labelled an estimate unless the period was a year.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annualise } from "./mod.ts";
 * // c£800,000 for a whole year stays approximate and is not an estimate
 * const r = annualise(800000, { months: 12, approximate: true });
 * assert.deepEqual([r.value, r.estimate, r.approximate], [800000, false, true]);
 * ```
 */
export function annualise(input: number, options: AnnualiseValueOptions): Annualised;
export function annualise(
  input: aq.ColumnTable | number,
  options: AnnualiseOptions | AnnualiseValueOptions = {},
): TypedTable<RowObject> | Annualised {
  if (typeof input === "number") return annualiseValue(input, options as AnnualiseValueOptions);
  return annualiseTable(input, options as AnnualiseOptions) as TypedTable<RowObject>;
}

function annualiseValue(value: number, options: AnnualiseValueOptions): Annualised {
  const fn = "compute annualise()";
  checkOptions(fn, options, [
    "method",
    "months",
    "days",
    "yearDays",
    "start",
    "end",
    "approximate",
  ]);
  if (!Number.isFinite(value)) {
    throw new RangeError(
      `Cannot ${fn}: the value must be a finite number, got ${describeValue(value)}`,
    );
  }
  const fallback: "months" | "days" = options.days === undefined ? "months" : "days";
  const method = oneOf(fn, "method", options.method, ["months", "days"], fallback);
  const length = valueLength(fn, options);
  const s = yearScale(fn, length, method, "for the period given");
  return {
    value: scaled(value, s),
    factor: s.factor,
    estimate: s.estimate,
    months: s.months,
    days: s.days,
    method,
    approximate: options.approximate === true,
  };
}
