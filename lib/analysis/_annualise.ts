// Private to lib/analysis: the steps of annualise(), for one figure and for a table.
import type { aq } from "../data/arquero.ts";
import { figureColumns } from "./_figures.ts";
import { describeValue } from "../format/describe_value.ts";
import { checkCall, column, oneOf } from "../format/options.ts";
import type { AnnualiseOptions, AnnualiseValueOptions } from "./annualise.ts";
import { parseDate } from "../parse/date.ts";

export function valueLength(fn: string, o: AnnualiseValueOptions): PeriodLength {
  const forms = [o.months, o.days, o.start ?? o.end].filter((x) => x !== undefined).length;
  if (forms !== 1) {
    throw new TypeError(
      `Cannot ${fn}: give the period's length as one of "months", "days" or "start" and "end"`,
    );
  }
  if (o.start !== undefined || o.end !== undefined) {
    const where = "for the period given";
    return periodLength(fn, dayOf(fn, o.start, where), dayOf(fn, o.end, where), where);
  }
  const positive = (name: string, n: unknown) => {
    if (typeof n !== "number" || !(n > 0) || !Number.isFinite(n)) {
      throw new RangeError(
        `Cannot ${fn}: option "${name}" must be a positive number, got ${describeValue(n)}`,
      );
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

/** How a period's figure becomes a year's: × `times` ÷ `per`, and what the period was. */
export interface YearScale {
  times: number;
  per: number;
  factor: number;
  estimate: boolean;
  months: number | null;
  days: number | null;
}

/** A figure for a period scaled to a year; multiplied first, so 411,834 × 12 ÷ 9 is 549,112. */
export function scaled(value: number, s: YearScale): number {
  return (value * s.times) / s.per;
}

/** How to scale a figure for a period of this length to a year by `method`. */
export function yearScale(
  fn: string,
  length: PeriodLength,
  method: string,
  where: string,
): YearScale {
  if (method === "months") {
    if (length.months === null) {
      throw new RangeError(
        `Cannot ${fn}: no whole months ${where}: the period must run from the 1st of a ` +
          `month to the last day of a month (use method "days")`,
      );
    }
    return {
      times: 12,
      per: length.months,
      factor: 12 / length.months,
      estimate: length.months !== 12,
      months: length.months,
      days: length.days,
    };
  }
  if (length.days === null || length.yearDays === null) {
    throw new RangeError(
      `Cannot ${fn}: no count of days ${where}: give "days", or "start" and "end", for method "days"`,
    );
  }
  return {
    times: length.yearDays,
    per: length.days,
    factor: length.yearDays / length.days,
    estimate: length.days !== length.yearDays,
    months: length.months,
    days: length.days,
  };
}

export function annualiseTable(table: aq.ColumnTable, options: AnnualiseOptions): aq.ColumnTable {
  const fn = "compute annualise()";
  checkCall(fn, table, options, { known: ["method", "start", "end", "value", "approximate"] });
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
      : periodLength(fn, dayOf(fn, starts[i], where), dayOf(fn, ends[i], where), where);
    const s = length === null ? null : yearScale(fn, length, method, where);
    const value = values[i];
    const missing = value == null
      ? String(reasons?.[i] ?? "no value")
      : s === null
      ? "no period to annualise over"
      : null;
    out.annual_value.push(value == null || s === null ? null : scaled(value, s));
    out.estimate.push(s === null ? null : s.estimate);
    out.months.push(s?.months ?? null);
    out.days.push(s?.days ?? null);
    out.factor.push(s?.factor ?? null);
    out.annual_missing_reason.push(missing);
  }
  const approximate = figures.approximate === null
    ? new Array(table.numRows()).fill(false)
    : table.array(figures.approximate);
  return table.assign({ ...out, approximate });
}

// how long a period is, for annualise(). Its days are read by
// lib/parse's parseDate() (the datasets' period_start/period_end are ISO); both ends are included.
/** A period's length in whole months (null unless it runs from a 1st to a month's last day),
 * in days, and the days in the twelve months from its start (365, or 366 across 29 February). */
interface PeriodLength {
  months: number | null;
  days: number | null;
  yearDays: number | null;
}

const DAY = 86_400_000;

/** Reads a day as lib/parse's `parseDate()` does, to UTC milliseconds, or throws naming it. */
function dayOf(fn: string, text: unknown, where: string): number {
  try {
    const { start, end } = parseDate(text as string);
    if (start === end) return Date.parse(start);
  } catch (error) {
    // parseDate() says `Cannot parse date "…": why`; the why is kept.
    const why = (error as Error).message.replace(/^Cannot parse date [^:]*: /, "");
    throw new RangeError(`Cannot ${fn}: date ${describeValue(text)} ${where} is not a day: ${why}`);
  }
  throw new RangeError(`Cannot ${fn}: date ${describeValue(text)} ${where} is a month, not a day`);
}

/** The length of the period from `start` to `end`, both included. */
function periodLength(fn: string, start: number, end: number, where: string): PeriodLength {
  if (end < start) {
    throw new RangeError(`Cannot ${fn}: the period ${where} ends before it starts`);
  }
  const s = new Date(start);
  const e = new Date(end);
  const nextDay = new Date(end + DAY);
  const whole = s.getUTCDate() === 1 && nextDay.getUTCDate() === 1;
  const months = whole
    ? (e.getUTCFullYear() - s.getUTCFullYear()) * 12 + e.getUTCMonth() - s.getUTCMonth() + 1
    : null;
  const yearLater = Date.UTC(s.getUTCFullYear() + 1, s.getUTCMonth(), s.getUTCDate());
  return { months, days: (end - start) / DAY + 1, yearDays: (yearLater - start) / DAY };
}
