import { decimalValue, DIGIT_RUN, groupingProblem } from "./_digits.ts";
import { readQualifiers } from "./_qualifiers.ts";

/** An amount of money read from a document, in pounds. */
export interface Money {
  /** The amount in pounds (pence as the fraction); finite, and negative only when written so. */
  value: number;
  /** True when the text hedges the amount: `c£800,000`, `circa £230,000`, `about £5m`. */
  approximate: boolean;
  /** `"upper"` for `up to`/`less than`/`under`, `"lower"` for `more than`/`over`/`at least`. */
  bound: "upper" | "lower" | null;
  /** The text as given. */
  raw: string;
}

/** Options for {@linkcode parseMoney}. */
export interface ParseMoneyOptions {
  /**
   * Multiplies an amount written without a scale word, for a column whose header says `(£000)`
   * (see `parseMoneyUnit`). A scale written in the text (`£2.5m`) wins over this. Default 1.
   */
  scale?: number;
}

const SCALE_WORD = /^\s*(thousand|million|billion|bn|mn|k|m|b)(?![a-z])/i;
const EXPONENTS: Record<string, number> = { k: 3, thousand: 3, m: 6, mn: 6, million: 6 };

/**
 * Reads an amount of money such as `£561,813`, `c£800,000`, `up to £500,000` or `£2.765m`.
 *
 * Accepted: an optional bound (`up to`, `less than`, `under`, `more than`, `over`, `at least`)
 * and/or approximation (`c`, `c.`, `circa`, `about`, `around`, `roughly`, `approx.`); an optional
 * minus sign before the £ or parentheses round the whole amount for a negative (accounting style:
 * `-£5` and `(£5)` are both -5, but not after a qualifier: `over (5)` is refused); one optional £; digits grouped in threes by commas or not grouped;
 * up to two decimal places (pence), or any when a scale applies; an optional scale (`k`,
 * `thousand`, `m`, `mn`, `million`, `b`, `bn`, `billion`). Surrounding whitespace is ignored.
 *
 * @param text The text of one cell or phrase.
 * @param options `scale` multiplies an amount that has no scale word of its own.
 * @returns The amount in pounds with its hedges.
 * @throws {SyntaxError} When the text is not an amount; the message quotes the text and says why.
 * @throws {RangeError} When the amount is too large to hold exactly (beyond
 *   `Number.MAX_SAFE_INTEGER` pounds, as `parseCount` refuses) or `options.scale` is not positive.
 *
 * @example Amounts from an FOI table and a hedged estimate
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseMoney } from "./mod.ts";
 *
 * assert.equal(parseMoney("£561,813").value, 561813);
 * assert.deepEqual(parseMoney("c£800,000"), {
 *   value: 800000, approximate: true, bound: null, raw: "c£800,000",
 * });
 * assert.equal(parseMoney("up to £2.765m").bound, "upper");
 * assert.equal(parseMoney("435", { scale: 1000 }).value, 435000);
 * assert.throws(() => parseMoney("£12,34"), SyntaxError);
 * ```
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Money {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse money ${String(text)}: expected a string`);
  }
  const scale = options.scale ?? 1;
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new RangeError(
      `Cannot parse money "${text}": scale "${scale}" must be a positive number`,
    );
  }
  const fail = (reason: string) => new SyntaxError(`Cannot parse money "${text}": ${reason}`);
  if (text.trim() === "") throw fail("the text is empty");
  if (!/\d/.test(text)) throw fail("there are no digits");
  const { approximate, bound, rest } = readQualifiers(text);
  // "over (5)", "c(£5)": brackets after a qualifier may be an aside, not a negative amount.
  if ((approximate || bound !== null) && rest.startsWith("(")) {
    throw fail("an amount in brackets after a qualifier may be negative or an aside");
  }
  const [negative, amount] = readSign(rest);
  const value = readAmount(amount, scale, fail);
  if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Cannot parse money "${text}": the amount is too large to hold exactly`);
  }
  return { value: negative && value !== 0 ? -value : value, approximate, bound, raw: text };
}

function readSign(text: string): [boolean, string] {
  if (text.startsWith("(") && text.endsWith(")")) return [true, text.slice(1, -1).trim()];
  if (/^[-−]/.test(text)) return [true, text.slice(1).trimStart()];
  return [false, text];
}

function readAmount(text: string, scale: number, fail: (reason: string) => Error): number {
  if ((text.match(/£/g) ?? []).length > 1) throw fail("there is more than one £ sign");
  const body = text.startsWith("£") ? text.slice(1).trimStart() : text;
  if (/^[-−]/.test(body)) throw fail("the minus sign must come before the £ sign");
  const number = DIGIT_RUN.exec(body);
  if (number === null) throw fail(`unexpected text "${body}"`);
  const [matched, run, fraction = ""] = number;
  let after = body.slice(matched.length);
  if (/^\s+\d/.test(after)) throw fail("there is a space inside the number");
  const problem = groupingProblem(run);
  if (problem !== null) throw fail(problem);
  if (/^\.\d/.test(after)) throw fail("there is more than one decimal point");
  const word = SCALE_WORD.exec(after);
  after = after.slice(word?.[0].length ?? 0).trim();
  if (after !== "") throw fail(`unexpected text "${after}" after the number`);
  if (word === null && scale === 1 && fraction.length > 2) {
    throw fail("there are more than two decimal places");
  }
  const digits = run.replaceAll(",", "") + fraction;
  const exponent = word ? scaleExponent(word[1]) : Math.log10(scale);
  if (Number.isInteger(exponent)) return decimalValue(digits, exponent - fraction.length);
  return decimalValue(digits, -fraction.length) * scale;
}

function scaleExponent(word: string): number {
  return EXPONENTS[word.toLowerCase()] ?? 9;
}
