import { type FinancialYear, parseFinancialYear } from "./financial_year.ts";

/**
 * Orders two financial years, for `Array.prototype.sort`.
 *
 * @param a A financial year, or text that {@linkcode parseFinancialYear} reads.
 * @param b Another, in the same forms.
 * @returns A negative number when `a` is earlier, 0 when they are the same year, positive when
 *   `a` is later (the difference in start years).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compareFinancialYears } from "./mod.ts";
 *
 * assert.deepEqual(["2022/23", "2021/22"].sort(compareFinancialYears), ["2021/22", "2022/23"]);
 * assert.equal(compareFinancialYears("2021/2022", "2021-22"), 0);
 * ```
 */
export function compareFinancialYears(
  a: FinancialYear | string,
  b: FinancialYear | string,
): number {
  const start = (year: FinancialYear | string) =>
    typeof year === "string" ? parseFinancialYear(year).startYear : year.startYear;
  return start(a) - start(b);
}
