import { decimalValue, DIGIT_RUN, groupingProblem } from "./_digits.ts";
import { readQualifiers } from "./_qualifiers.ts";
import type { Money } from "./money.ts";

/**
 * A percentage read from a document, hedged and bounded as an amount of money is (`roughly 27%`,
 * `up to 5%`).
 */
export interface Percent extends Omit<Money, "value"> {
  /** The percentage as written: 27 means 27 per cent. */
  value: number;
}

const SIGN = /^\s*(?:%|per\s?cent|pct)$/i;

/**
 * Reads a percentage such as `27%`, `roughly 27%`, `c. 27 %` or `27.5 per cent`.
 *
 * @param text The text of one cell or phrase; a per cent sign or words are required.
 * @returns The percentage with its hedges.
 * @throws {SyntaxError} When the text is not a percentage; the message quotes the text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePercent } from "./mod.ts";
 *
 * assert.deepEqual(parsePercent("roughly 27%"), {
 *   value: 27, approximate: true, bound: null, raw: "roughly 27%",
 * });
 * ```
 */
export function parsePercent(text: string): Percent {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse percentage ${String(text)}: expected a string`);
  }
  const fail = (reason: string) => new SyntaxError(`Cannot parse percentage "${text}": ${reason}`);
  if (text.trim() === "") throw fail("the text is empty");
  const { approximate, bound, rest } = readQualifiers(text);
  const negative = /^[-−]/.test(rest);
  const body = negative ? rest.slice(1).trimStart() : rest;
  const number = DIGIT_RUN.exec(body);
  if (number === null) throw fail("expected a number such as 27%");
  const [matched, run, fraction = ""] = number;
  const problem = groupingProblem(run);
  if (problem !== null) throw fail(problem);
  const after = body.slice(matched.length);
  if (!SIGN.test(after)) {
    throw fail(
      after.trim() === "" ? "there is no per cent sign" : `unexpected text "${after.trim()}"`,
    );
  }
  const value = decimalValue(run.replaceAll(",", "") + fraction, -fraction.length);
  if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `Cannot parse percentage "${text}": the number is too large to hold exactly`,
    );
  }
  return { value: negative && value !== 0 ? -value : value, approximate, bound, raw: text };
}
