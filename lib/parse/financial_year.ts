import type { DateSpan } from "./_date.ts";

/** A UK financial year, which runs from 1 April (`start`) to 31 March (`end`). */
export interface FinancialYear extends DateSpan {
  /** The canonical label `YYYY-YY`, e.g. `"2020-21"` (and `"1999-00"` across a century). */
  label: string;
  /** The calendar year it starts in, e.g. 2020. */
  startYear: number;
}

const PREFIX = /^(?:(?:the\s+)?(?:financial\s+year|fin\.?\s*year|fy|year|yr)(?:\s+of)?)\s*:?\s*/i;
const SUFFIX = /\s*(?:financial\s+year|fy)$/i;
const CORE = /^(\d+)\s*(?:[/\-–—‐‑]|\s+to\s+)\s*(\d+)$/i;

/**
 * Makes the financial year that starts on 1 April of a calendar year.
 *
 * @param startYear The calendar year it starts in, a whole number from 1000 to 9998.
 * @returns The financial year.
 * @throws {RangeError} When the year is not a whole number in that range.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { financialYear } from "./mod.ts";
 *
 * assert.deepEqual(financialYear(2020), {
 *   label: "2020-21", startYear: 2020, start: "2020-04-01", end: "2021-03-31",
 * });
 * ```
 */
export function financialYear(startYear: number): FinancialYear {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new RangeError(
      `Cannot make a financial year starting in "${startYear}": the year must be a whole number from 1000 to 9998`,
    );
  }
  const endYear = startYear + 1;
  return {
    label: `${startYear}-${String(endYear % 100).padStart(2, "0")}`,
    startYear,
    start: `${startYear}-04-01`,
    end: `${endYear}-03-31`,
  };
}

/**
 * Reads a financial year written in any of the ways UK public bodies write it: `2021/22`,
 * `2021/2022`, `2020-21`, `2024–25` (en dash), `24/25`, `2015-6`, `2020 to 2021`, optionally after
 * `financial year`, `the financial year of`, `FY` or `Year`, with whitespace around.
 *
 * A two-digit start year is read by the POSIX rule (as `strptime`'s `%y`): `69`-`99` are 1969-1999
 * and `00`-`68` are 2000-2068, so `79/80` is 1979-80. The end may be written with one, two or
 * four digits and must be the year after the start.
 *
 * @param text The text naming one financial year.
 * @returns The financial year, with its canonical `YYYY-YY` label.
 * @throws {SyntaxError} When the text is not two years joined by `/`, `-`, a dash or `to`.
 * @throws {RangeError} When the end year is not the year after the start year.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseFinancialYear } from "./mod.ts";
 *
 * assert.equal(parseFinancialYear("2021/2022").label, "2021-22");
 * assert.equal(parseFinancialYear("Year 24-25").start, "2024-04-01");
 * assert.throws(() => parseFinancialYear("2021/2023"), RangeError);
 * ```
 */
export function parseFinancialYear(text: string): FinancialYear {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse financial year ${String(text)}: expected a string`);
  }
  const fail = (reason: string) => `Cannot parse financial year "${text}": ${reason}`;
  const core = CORE.exec(text.trim().replace(PREFIX, "").replace(SUFFIX, ""));
  if (core === null) throw new SyntaxError(fail("expected two years such as 2021-22 or 2021/2022"));
  const [, first, second] = core;
  if (first.length !== 2 && first.length !== 4) {
    throw new SyntaxError(fail(`the start year "${first}" must have two or four digits`));
  }
  if (second.length === 3 || second.length > 4) {
    throw new SyntaxError(fail(`the end year "${second}" must have one, two or four digits`));
  }
  const start = first.length === 4 ? Number(first) : expandTwoDigitYear(Number(first));
  const end = Number(second);
  const unit = 10 ** Math.min(second.length, 4);
  if (second.length === 4 ? end === start + 1 : end === (start + 1) % unit) {
    return financialYear(start);
  }
  const written = second.length === 4 ? end : nearestYear(start + 1, end, unit);
  if (written > start + 1) {
    throw new RangeError(fail(`it spans more than one year (${start} to ${written})`));
  }
  if (written === start) throw new RangeError(fail(`it starts and ends in ${start}`));
  throw new RangeError(fail(`it ends before it starts (${start} to ${written})`));
}

// The year ending in `digits` (modulo `unit`) nearest to `year`, to report what a bad end meant.
function nearestYear(year: number, digits: number, unit: number): number {
  const below = year - (year % unit) + digits - (digits > year % unit ? unit : 0);
  return year - below <= below + unit - year ? below : below + unit;
}

// POSIX's pivot for two-digit years (strptime's %y): 69 and above are the 1900s.
function expandTwoDigitYear(year: number): number {
  return year < 69 ? 2000 + year : 1900 + year;
}
