import assert from "node:assert/strict";
import { financialYearOf, parseDate, quarterOf } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

const day = (iso: string) => ({ start: iso, end: iso });

Deno.test("parseDate() reads the ways the source documents write a day", () => {
  // llr_opcc_foi_0017_24_asb_support.txt line 12: "Date: 19 November 2024"; line 38: "1st April 2024"
  assert.deepEqual(parseDate("19 November 2024"), day("2024-11-19"));
  assert.deepEqual(parseDate("1st April 2024"), day("2024-04-01"));
  // llr_opcc_commissioning_framework_2024_25.txt line 33: "a start date of 01/04/2024"
  assert.deepEqual(parseDate("01/04/2024"), day("2024-04-01"));
  assert.deepEqual(parseDate("2024-04-01T09:30:00Z"), day("2024-04-01"));
  assert.deepEqual(parseDate("31.03.2024"), day("2024-03-31"));
  assert.deepEqual(parseDate("March 31, 2024"), day("2024-03-31"));
  assert.deepEqual(parseDate("31 Mar 2024"), day("2024-03-31"));
});

Deno.test("parseDate() reads a month as its first and last days", () => {
  // llr_opcc_foi_0017_24_asb_support.txt line 51: "(October 2023 – September 2024)"
  assert.deepEqual(parseDate("October 2023"), { start: "2023-10-01", end: "2023-10-31" });
  assert.deepEqual(parseDate("Feb 2024"), { start: "2024-02-01", end: "2024-02-29" });
});

Deno.test("parseDate() refuses text that is not a date and a day that does not exist", () => {
  assertThrowsWith(
    () => parseDate("next Tuesday"),
    SyntaxError,
    'Cannot parse date "next Tuesday": expected a date such as 2024-03-31, 31/03/2024 or 31 March 2024',
  );
  assertThrowsWith(
    () => parseDate("31/02/2024"),
    RangeError,
    'Cannot parse date "31/02/2024": there is no such date',
  );
  assertThrowsWith(
    () => parseDate(20240401 as unknown as string),
    TypeError,
    "Cannot parse date 20240401: expected a string",
  );
});

Deno.test("financialYearOf() and quarterOf() read their dates with parseDate()", () => {
  assert.equal(financialYearOf("31 March 2024").label, "2023-24");
  assert.equal(quarterOf("1st April 2024").label, "Q1");
});
