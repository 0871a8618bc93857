import { dateParts, financialStartYear } from "./_date.ts";
import { type FinancialYear, financialYear } from "./financial_year.ts";

/**
 * Finds the financial year (1 April to 31 March) a date falls in.
 *
 * @param date A date as `parseDate()` reads it (`2024-03-31`, a time after it ignored;
 *   `31/03/2024`; `31 March 2024`) or a Date, which is read in UTC.
 * @returns The financial year containing the date.
 * @throws {SyntaxError} When the text is not a date.
 * @throws {RangeError} When the date does not exist (`2023-02-29`) or the Date is invalid.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { financialYearOf } from "./mod.ts";
 *
 * assert.equal(financialYearOf("2024-03-31").label, "2023-24");
 * assert.equal(financialYearOf("2024-04-01").label, "2024-25");
 * ```
 */
export function financialYearOf(date: string | Date): FinancialYear {
  return financialYear(financialStartYear(dateParts(date, "Cannot find the financial year of")));
}
