import type { DateSpan } from "./_date.ts";
import { makeQuarter } from "./_quarter.ts";
import { type FinancialYear, parseFinancialYear } from "./financial_year.ts";

/** A quarter of a UK financial year. */
export interface FinancialQuarter extends DateSpan {
  /** The canonical label of its financial year, e.g. `"2021-22"`. */
  financialYear: string;
  /** 1 = April-June, 2 = July-September, 3 = October-December, 4 = January-March. */
  quarter: 1 | 2 | 3 | 4;
  /** `"Q1"` to `"Q4"`. */
  label: string;
}

const TOKEN = /(?<![a-z])(?:quarter|qtr|q)\s*(\d*)(?![\d])/i;
const EDGES = /^[\s,;:()\u2013\u2014-]+|[\s,;:()\u2013\u2014-]+$/g;

/**
 * Reads a quarter such as `Q1`, `q3`, `Quarter 4`, `Q4 2021/22` or `2021-22 Q4`.
 *
 * The financial year comes from the text or from the second argument (for a table whose columns
 * say only `Q1`…`Q4` and whose rows name the year); when both are given they must agree.
 *
 * @param text The text naming the quarter.
 * @param financialYear The financial year, as text {@linkcode parseFinancialYear} reads or as a
 *   FinancialYear, when the text does not say it.
 * @returns The quarter with its first and last days.
 * @throws {SyntaxError} When the text names no quarter or its year cannot be read.
 * @throws {RangeError} When the quarter is not 1 to 4 or the two years disagree.
 * @throws {TypeError} When neither the text nor the argument gives the financial year.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseQuarter } from "./mod.ts";
 *
 * assert.deepEqual(parseQuarter("Q1", "2021/2022"), {
 *   financialYear: "2021-22", quarter: 1, label: "Q1", start: "2021-04-01", end: "2021-06-30",
 * });
 * assert.equal(parseQuarter("Q4 2021/22").start, "2022-01-01");
 * ```
 */
export function parseQuarter(
  text: string,
  financialYear?: string | FinancialYear,
): FinancialQuarter {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse quarter ${String(text)}: expected a string`);
  }
  const fail = (reason: string) => `Cannot parse quarter "${text}": ${reason}`;
  const token = TOKEN.exec(text);
  if (token === null) throw new SyntaxError(fail("expected Q1 to Q4"));
  if (token[1] === "") throw new SyntaxError(fail("the quarter has no number"));
  const quarter = Number(token[1]);
  if (quarter < 1 || quarter > 4) {
    throw new RangeError(fail(`quarter ${quarter} is not 1 to 4`));
  }
  const rest = (text.slice(0, token.index) + " " + text.slice(token.index + token[0].length))
    .replace(EDGES, "").replace(/^(?:of|in)\s+/i, "");
  const written = rest === "" ? null : parseFinancialYear(rest);
  const given = typeof financialYear === "string"
    ? parseFinancialYear(financialYear)
    : financialYear ?? null;
  if (written && given && written.label !== given.label) {
    throw new RangeError(
      fail(`the text says ${written.label} but the financial year given is ${given.label}`),
    );
  }
  const year = written ?? given;
  if (year === null) {
    throw new TypeError(
      fail("the financial year is needed: pass it as the second argument or write it in the text"),
    );
  }
  return makeQuarter(year, quarter as 1 | 2 | 3 | 4);
}
