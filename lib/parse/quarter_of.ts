import { dateParts, financialStartYear } from "./_date.ts";
import { makeQuarter, quarterOfMonth } from "./_quarter.ts";
import { financialYear } from "./financial_year.ts";
import type { FinancialQuarter } from "./quarter.ts";

/**
 * Finds the financial-year quarter a date falls in (Q1 = April-June … Q4 = January-March).
 *
 * @param date A date as `parseDate()` reads it (`2022-01-15`, a time after it ignored;
 *   `15/01/2022`; `15 January 2022`) or a Date, which is read in UTC.
 * @returns The quarter containing the date.
 * @throws {SyntaxError} When the text is not a date.
 * @throws {RangeError} When the date does not exist or the Date is invalid.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quarterOf } from "./mod.ts";
 *
 * const q = quarterOf("2022-01-15");
 * assert.equal(q.financialYear, "2021-22");
 * assert.equal(q.label, "Q4");
 * ```
 */
export function quarterOf(date: string | Date): FinancialQuarter {
  const parts = dateParts(date, "Cannot find the quarter of");
  return makeQuarter(financialYear(financialStartYear(parts)), quarterOfMonth(parts.month));
}
