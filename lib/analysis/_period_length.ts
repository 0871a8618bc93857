// Private to lib/analysis: how long a period is, for annualise(). Its days are read by
// lib/parse's parseDate() (the datasets' period_start/period_end are ISO); both ends are included.
import { describeValue } from "../format/describe_value.ts";
import { parseDate } from "../parse/date.ts";

/** A period's length in whole months (null unless it runs from a 1st to a month's last day),
 * in days, and the days in the twelve months from its start (365, or 366 across 29 February). */
export interface PeriodLength {
  months: number | null;
  days: number | null;
  yearDays: number | null;
}

const DAY = 86_400_000;

/** Reads a day as lib/parse's `parseDate()` does, to UTC milliseconds, or throws naming it. */
export function dayOf(fn: string, text: unknown, where: string): number {
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
export function periodLength(fn: string, start: number, end: number, where: string): PeriodLength {
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
