// Private to lib/ingest: calendar dates as FOI responses write them (`19 November 2024`,
// `1st April 2024`, `01/04/2024`, `2024-04-01`, `November 2024`), read to ISO days.

/** A day or a month, as the first and last ISO days it covers. */
export interface DaySpan {
  start: string;
  end: string;
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

/** A month name or its short form, as a regular-expression alternation. */
export const MONTH: string = String
  .raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** The month number (1-12) of a month name, or null. */
export function monthNumber(name: string): number | null {
  const index = MONTH_NAMES.indexOf(name.toLowerCase().slice(0, 3));
  return index < 0 ? null : index + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The ISO day, or null when there is no such day. */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first and last days of a month. */
export function monthSpan(year: number, month: number): DaySpan {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}` };
}

const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+(\d{4})$`,
  "i",
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`,
  "i",
);
const MONTH_YEAR = new RegExp(String.raw`^(${MONTH})\s+(\d{4})$`, "i");
const NUMERIC_UK = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads one date or month; null when the text is not one (or names no real day). */
export function readDate(text: string): DaySpan | null {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = DAY_MONTH_YEAR.exec(t))) return day(+m[3], monthNumber(m[2]), +m[1]);
  if ((m = MONTH_DAY_YEAR.exec(t))) return day(+m[3], monthNumber(m[1]), +m[2]);
  if ((m = NUMERIC_UK.exec(t))) return day(+m[3], +m[2], +m[1]);
  if ((m = ISO.exec(t))) return day(+m[1], +m[2], +m[3]);
  if ((m = MONTH_YEAR.exec(t))) return monthSpan(+m[2], monthNumber(m[1])!);
  return null;
}

function day(year: number, month: number | null, d: number): DaySpan | null {
  const iso = month === null ? null : isoDay(year, month, d);
  return iso === null ? null : { start: iso, end: iso };
}
