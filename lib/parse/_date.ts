// Private to lib/parse: reading a calendar date for financialYearOf and quarterOf.

/** A calendar date's parts, month 1-12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads an ISO date (`2024-03-31`, a time after it is ignored), a UK date (`31/03/2024`, as in the
 * seed documents) or a Date (read in UTC, the zone `new Date("2024-03-31")` uses).
 */
export function dateParts(date: string | Date, action: string): DateParts {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError(`${action} an invalid Date`);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  if (typeof date !== "string") throw new TypeError(`${action} ${String(date)}: expected a date`);
  const text = date.trim();
  const iso = ISO.exec(text);
  const uk = iso ? null : UK.exec(text);
  const parts = iso
    ? { year: +iso[1], month: +iso[2], day: +iso[3] }
    : uk
    ? { year: +uk[3], month: +uk[2], day: +uk[1] }
    : null;
  if (parts === null) {
    throw new SyntaxError(`${action} "${date}": expected a date such as 2024-03-31 or 31/03/2024`);
  }
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day) {
    throw new RangeError(`${action} "${date}": there is no such date`);
  }
  return parts;
}

/** The calendar year in which the financial year holding this date starts (April is month 4). */
export function financialStartYear(parts: DateParts): number {
  return parts.month >= 4 ? parts.year : parts.year - 1;
}
