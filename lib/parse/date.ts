import { type DateSpan, MONTH, NO_SUCH_DATE, NOT_A_DATE, readSpan } from "./_date.ts";

export type { DateSpan } from "./_date.ts";

/**
 * A month name or its short form (`March`, `Mar`, `Sept.`) as a regular-expression source, for
 * readers that find dates in running text and hand them to {@linkcode parseDate}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MONTH_PATTERN } from "./mod.ts";
 *
 * assert.ok(new RegExp(`^${MONTH_PATTERN}$`, "i").test("Sept."));
 * ```
 */
export const MONTH_PATTERN: string = MONTH;

/**
 * Reads a calendar date as UK public bodies write it: `2024-03-31` (a time after it is ignored),
 * `31/03/2024`, `31.03.2024`, `31 March 2024`, `1st April 2024`, `31 Mar 2024`, `March 31, 2024`,
 * or a whole month, `March 2024`. The one date reader of the toolkit: `financialYearOf()` and
 * `quarterOf()` read their dates with it, and so does ingest.
 *
 * @param text The text of one date.
 * @returns The first and last ISO days it covers: the same day twice for a date, the month's first
 *   and last days for a month.
 * @throws {SyntaxError} When the text is not a date; the message quotes it.
 * @throws {RangeError} When it names a day that does not exist (`31/02/2024`).
 * @throws {TypeError} When the text is not a string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseDate } from "./mod.ts";
 *
 * assert.deepEqual(parseDate("1st April 2024"), { start: "2024-04-01", end: "2024-04-01" });
 * assert.deepEqual(parseDate("01/04/2024"), parseDate("2024-04-01"));
 * assert.deepEqual(parseDate("February 2024"), { start: "2024-02-01", end: "2024-02-29" });
 * assert.throws(() => parseDate("31/02/2024"), RangeError);
 * ```
 */
export function parseDate(text: string): DateSpan {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse date ${String(text)}: expected a string`);
  }
  const span = readSpan(text);
  if (span === "no") throw new SyntaxError(`Cannot parse date "${text}": ${NOT_A_DATE}`);
  if (span === "none") throw new RangeError(`Cannot parse date "${text}": ${NO_SUCH_DATE}`);
  return span;
}
