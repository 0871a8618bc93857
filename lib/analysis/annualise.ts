import * as aq from "arquero";
import { figureColumns } from "./_figures.ts";
import { assertTable, checkOptions, column, oneOf, show } from "./_options.ts";
import { isoDate, type PeriodLength, periodLength } from "./_period_length.ts";

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
export function annualise(input: aq.ColumnTable, options?: AnnualiseOptions): aq.ColumnTable;
export function annualise(input: number, options: AnnualiseValueOptions): Annualised;
export function annualise(
  input: aq.ColumnTable | number,
  options: AnnualiseOptions | AnnualiseValueOptions = {},
): aq.ColumnTable | Annualised {
  if (typeof input === "number") return annualiseValue(input, options as AnnualiseValueOptions);
  return annualiseTable(input, options as AnnualiseOptions);
}

function annualiseValue(value: number, options: AnnualiseValueOptions): Annualised {
  const fn = "annualise";
  checkOptions(fn, options, [
    "method",
    "months",
    "days",
    "yearDays",
    "start",
    "end",
    "approximate",
  ]);
  if (!Number.isFinite(value)) throw new RangeError(`${fn}() cannot annualise ${show(value)}`);
  const fallback = options.days === undefined ? "months" : "days";
  const method = oneOf(fn, "method", options.method, ["months", "days"], fallback);
  const length = valueLength(fn, options);
  const scaled = scale(fn, value, length, method, "for the period given");
  return { ...scaled, method, approximate: options.approximate === true };
}

function valueLength(fn: string, o: AnnualiseValueOptions): PeriodLength {
  const forms = [o.months, o.days, o.start ?? o.end].filter((x) => x !== undefined).length;
  if (forms !== 1) {
    throw new TypeError(
      `${fn}() needs the period's length as one of "months", "days" or "start" and "end"`,
    );
  }
  if (o.start !== undefined || o.end !== undefined) {
    const where = "for the period given";
    return periodLength(fn, isoDate(fn, o.start, where), isoDate(fn, o.end, where), where);
  }
  const positive = (name: string, n: unknown) => {
    if (typeof n !== "number" || !(n > 0) || !Number.isFinite(n)) {
      throw new RangeError(`${fn}() option "${name}" must be a positive number, got ${show(n)}`);
    }
    return n;
  };
  if (o.months !== undefined) {
    return { months: positive("months", o.months), days: null, yearDays: null };
  }
  return {
    months: null,
    days: positive("days", o.days),
    yearDays: positive("yearDays", o.yearDays ?? 365),
  };
}

// Multiplies before dividing, so 411,834 × 12 ÷ 9 is exactly 549,112.
function scale(fn: string, value: number, length: PeriodLength, method: string, where: string) {
  if (method === "months") {
    if (length.months === null) {
      throw new RangeError(
        `${fn}() cannot count whole months ${where}: the period must run from the 1st of a ` +
          `month to the last day of a month (use method "days")`,
      );
    }
    return {
      value: (value * 12) / length.months,
      factor: 12 / length.months,
      estimate: length.months !== 12,
      months: length.months,
      days: length.days,
    };
  }
  if (length.days === null || length.yearDays === null) {
    throw new RangeError(
      `${fn}() cannot count days ${where}: give "days", or "start" and "end", for method "days"`,
    );
  }
  return {
    value: (value * length.yearDays) / length.days,
    factor: length.yearDays / length.days,
    estimate: length.days !== length.yearDays,
    months: length.months,
    days: length.days,
  };
}

function annualiseTable(table: aq.ColumnTable, options: AnnualiseOptions): aq.ColumnTable {
  const fn = "annualise";
  assertTable(fn, table);
  checkOptions(fn, options, ["method", "start", "end", "value", "approximate"]);
  const method = oneOf(fn, "method", options.method, ["months", "days"], "months");
  const startCol = column(fn, table, "start", options.start, "period_start");
  const endCol = column(fn, table, "end", options.end, "period_end");
  const figures = figureColumns(fn, table, options);
  const values = table.array(figures.value) as ArrayLike<number | null>;
  const reasons = figures.missingReason === null ? null : table.array(figures.missingReason);
  const starts = table.array(startCol) as ArrayLike<unknown>;
  const ends = table.array(endCol) as ArrayLike<unknown>;
  const out = {
    annual_value: [] as (number | null)[],
    estimate: [] as (boolean | null)[],
    method: new Array(table.numRows()).fill(method),
    months: [] as (number | null)[],
    days: [] as (number | null)[],
    factor: [] as (number | null)[],
    annual_missing_reason: [] as (string | null)[],
  };
  for (let i = 0; i < table.numRows(); i++) {
    const noPeriod = starts[i] == null || ends[i] == null;
    const where = `at row index ${i}`;
    const length = noPeriod
      ? null
      : periodLength(fn, isoDate(fn, starts[i], where), isoDate(fn, ends[i], where), where);
    const scaled = length === null ? null : scale(fn, values[i] ?? 0, length, method, where);
    const missing = values[i] == null
      ? String(reasons?.[i] ?? "no value")
      : length === null
      ? "no period to annualise over"
      : null;
    out.annual_value.push(missing === null ? scaled!.value : null);
    out.estimate.push(scaled === null ? null : scaled.estimate);
    out.months.push(scaled?.months ?? null);
    out.days.push(scaled?.days ?? null);
    out.factor.push(scaled?.factor ?? null);
    out.annual_missing_reason.push(missing);
  }
  const approximate = figures.approximate === null
    ? new Array(table.numRows()).fill(false)
    : table.array(figures.approximate);
  return table.assign({ ...out, approximate });
}
