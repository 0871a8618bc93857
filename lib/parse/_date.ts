// Private to lib/parse: reading calendar dates, the one place dates are read (parseDate() gives
// it to other areas; financialYearOf() and quarterOf() take a day from it).

/** A calendar day, month, quarter or financial year, as the first and last ISO days it covers. */
export interface DateSpan {
  /** The first day, `YYYY-MM-DD`. */
  start: string;
  /** The last day (the same as `start` for a day). */
  end: string;
}

/** A calendar date's parts, month 1-12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

/** A month name or its short form, as a regular-expression alternation (`March`, `Mar`, `Sept.`). */
export const MONTH: string = String
  .raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_UK = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+(\d{4})$`,
  "i",
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`,
  "i",
);
const MONTH_YEAR = new RegExp(String.raw`^(${MONTH})\s+(\d{4})$`, "i");

/** Why a text is not a date, for the caller's message; the error class to throw. */
export const NOT_A_DATE = "expected a date such as 2024-03-31, 31/03/2024 or 31 March 2024";
/** Why a date that reads is still not one. */
export const NO_SUCH_DATE = "there is no such date";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

function iso({ year, month, day }: DateParts): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a day or a month: the span, "no" when the text is not a date, or "none" when it names a
 * day that does not exist (`31/02/2024`).
 */
export function readSpan(text: string): DateSpan | "no" | "none" {
  const t = text.trim();
  let m: RegExpExecArray | null;
  let parts: DateParts | null = null;
  if ((m = ISO.exec(t))) parts = { year: +m[1], month: +m[2], day: +m[3] };
  else if ((m = NUMERIC_UK.exec(t))) parts = { year: +m[3], month: +m[2], day: +m[1] };
  else if ((m = DAY_MONTH_YEAR.exec(t))) {
    parts = { year: +m[3], month: monthNumber(m[2]), day: +m[1] };
  } else if ((m = MONTH_DAY_YEAR.exec(t))) {
    parts = { year: +m[3], month: monthNumber(m[1]), day: +m[2] };
  } else if ((m = MONTH_YEAR.exec(t))) {
    const [year, month] = [+m[2], monthNumber(m[1])];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: iso({ year, month, day: 1 }), end: iso({ year, month, day: last }) };
  }
  if (parts === null) return "no";
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day) return "none";
  return { start: iso(parts), end: iso(parts) };
}

/**
 * Reads one day: an ISO date (a time after it is ignored), a UK date (`31/03/2024`, `31 March
 * 2024`) or a Date (read in UTC, the zone `new Date("2024-03-31")` uses).
 */
export function dateParts(date: string | Date, action: string): DateParts {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) {
      throw new RangeError(`${action} "${String(date)}": the Date is invalid`);
    }
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  if (typeof date !== "string") throw new TypeError(`${action} ${String(date)}: expected a date`);
  const span = readSpan(date);
  if (span === "none") throw new RangeError(`${action} "${date}": ${NO_SUCH_DATE}`);
  // A month ("March 2024") is not one day.
  if (span === "no" || span.start !== span.end) {
    throw new SyntaxError(`${action} "${date}": ${NOT_A_DATE}`);
  }
  const [year, month, day] = span.start.split("-").map(Number);
  return { year, month, day };
}

/** The calendar year in which the financial year holding this date starts (April is month 4). */
export function financialStartYear(parts: DateParts): number {
  return parts.month >= 4 ? parts.year : parts.year - 1;
}
