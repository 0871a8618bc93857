const WORDS: readonly string[] = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/**
 * Reads a count written as a word, as prose does for small numbers (`nine CSPs`, `Three
 * projects`): zero to twenty, any case.
 *
 * @param text One word.
 * @returns The number.
 * @throws {SyntaxError} When the text is not a number word from zero to twenty.
 * @throws {TypeError} When the text is not a string.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseNumberWord } from "./mod.ts";
 * assert.equal(parseNumberWord("nine"), 9);
 * assert.equal(parseNumberWord("Three"), 3);
 * assert.throws(() => parseNumberWord("several"), SyntaxError);
 * ```
 */
export function parseNumberWord(text: string): number {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot parse number word ${String(text)}: expected a string`);
  }
  const index = WORDS.indexOf(text.trim().toLowerCase());
  if (index < 0) {
    throw new SyntaxError(
      `Cannot parse number word "${text}": expected a word from zero to twenty`,
    );
  }
  return index;
}

/**
 * Says whether the text is a number word that {@linkcode parseNumberWord} reads.
 *
 * @param text One word.
 * @returns True for zero to twenty, in any case; false for anything else, text or not.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isNumberWord } from "./mod.ts";
 * assert.equal(isNumberWord("nine"), true);
 * assert.equal(isNumberWord("9"), false);
 * ```
 */
export function isNumberWord(text: string): boolean {
  return typeof text === "string" && WORDS.includes(text.trim().toLowerCase());
}
