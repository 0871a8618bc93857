/**
 * Parsing primitives for the text of FOI responses and commissioning papers: amounts of money and
 * the units column headers declare, UK financial years and their quarters, counts, percentages,
 * calendar dates, and the markers documents use for a missing value. Every parser either returns a finite value
 * or throws a built-in error whose message quotes the bad text; none returns NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseFinancialYear, parseMissing, parseMoney } from "./mod.ts";
 *
 * assert.equal(parseMoney("£561,813").value, 561813);
 * assert.equal(parseFinancialYear("2021/2022").label, "2021-22");
 * assert.equal(parseMissing("Information held by NHSE")?.reason, "Information held by NHSE");
 * ```
 *
 * @module
 */
export * from "./money.ts";
export * from "./is_money.ts";
export * from "./money_unit.ts";
export * from "./financial_year.ts";
export * from "./financial_year_of.ts";
export * from "./next_financial_year.ts";
export * from "./compare_financial_years.ts";
export * from "./quarter.ts";
export * from "./quarter_of.ts";
export * from "./date.ts";
export * from "./missing.ts";
export * from "./count.ts";
export * from "./percent.ts";
export * from "./number_word.ts";
