import { groupingProblem } from "./_digits.ts";

/**
 * Reads a count of people or cases: a non-negative whole number such as `1351`, `1,171` or ` 67 `.
 *
 * @param text The text of one cell.
 * @returns The count.
 * @throws {SyntaxError} When the text is not a non-negative whole number with UK digit grouping;
 *   the message quotes the text and says why.
 * @throws {RangeError} When the count is too large to hold exactly.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCount } from "./mod.ts";
 *
 * assert.equal(parseCount("1,171"), 1171);
 * assert.throws(() => parseCount("3.5"), SyntaxError);
 * ```
 */
export function parseCount(text: string): number {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse count ${String(text)}: expected a string`);
  }
  const fail = (reason: string) => new SyntaxError(`Cannot parse count "${text}": ${reason}`);
  const body = text.trim();
  if (body === "") throw fail("the text is empty");
  if (/^[-−]\s*\d/.test(body)) throw fail("a count cannot be negative");
  if (/^\d[\d,]*\.\d+$/.test(body)) throw fail("a count must be a whole number");
  if (/^\d[\d,]*\s+\d/.test(body)) throw fail("there is a space inside the number");
  if (!/^\d[\d,]*$/.test(body)) throw fail("expected a whole number such as 1,171");
  const problem = groupingProblem(body);
  if (problem !== null) throw fail(problem);
  const value = Number(body.replaceAll(",", ""));
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Cannot parse count "${text}": the number is too large to hold exactly`);
  }
  return value;
}
