// Private to lib/analysis: how long a period is, for annualise(). Dates are ISO (YYYY-MM-DD), the
// form every dataset's period_start/period_end uses; both ends are included.

/** A period's length in whole months (null unless it runs from a 1st to a month's last day),
 * in days, and the days in the twelve months from its start (365, or 366 across 29 February). */
export interface PeriodLength {
  months: number | null;
  days: number | null;
  yearDays: number | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/** Reads an ISO date to UTC milliseconds, or throws naming the date. */
export function isoDate(fn: string, text: unknown, where: string): number {
  const m = typeof text === "string" ? ISO.exec(text) : null;
  const ms = m === null ? NaN : Date.UTC(+m[1], +m[2] - 1, +m[3]);
  if (
    m === null || new Date(ms).getUTCDate() !== +m[3] || new Date(ms).getUTCMonth() !== +m[2] - 1
  ) {
    throw new RangeError(
      `${fn}() cannot read date ${JSON.stringify(text)} ${where}: expected YYYY-MM-DD`,
    );
  }
  return ms;
}

/** The length of the period from `start` to `end`, both included. */
export function periodLength(fn: string, start: number, end: number, where: string): PeriodLength {
  if (end < start) {
    throw new RangeError(`${fn}() found a period that ends before it starts ${where}`);
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
