import { type FinancialYear, financialYear, parseFinancialYear } from "./financial_year.ts";

/**
 * Steps from one financial year to the next, or by any number of years.
 *
 * @param year A financial year, or text that {@linkcode parseFinancialYear} reads.
 * @param options `step`: how many years to move, default 1 (negative moves back).
 * @returns The financial year `step` years later.
 * @throws {RangeError} When `step` is not a whole number or the result is out of range.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nextFinancialYear } from "./mod.ts";
 *
 * assert.equal(nextFinancialYear("2024-25").label, "2025-26");
 * assert.equal(nextFinancialYear("1999-00", { step: -1 }).label, "1998-99");
 * ```
 */
export function nextFinancialYear(
  year: FinancialYear | string,
  options: { step?: number } = {},
): FinancialYear {
  const step = options.step ?? 1;
  if (!Number.isInteger(step)) {
    throw new RangeError(`Cannot step financial years by "${step}": it must be a whole number`);
  }
  const from = typeof year === "string" ? parseFinancialYear(year) : year;
  return financialYear(from.startYear + step);
}
