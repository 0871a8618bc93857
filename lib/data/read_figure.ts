import { parseCount } from "../parse/count.ts";
import { type Money, parseMoney } from "../parse/money.ts";
import { isNumberWord, parseNumberWord } from "../parse/number_word.ts";
import { parsePercent } from "../parse/percent.ts";

/** What {@linkcode readFigure} reads from a figure's text: its value in its unit, hedges, bound. */
export type ReadFigureResult = Omit<Money, "raw">;

/**
 * Reads a figure's source text in its unit: the one rule by which the extractors write a row's
 * `value`, {@linkcode verifyProvenance} reads it back and the findings read a count in the prose.
 * `GBP` is money and `percent` a percentage, each with its hedges and bounds; any other unit is a
 * count, in digits or as a word (`nine CSPs`).
 *
 * @param raw The figure's text, e.g. `c£800,000`, `roughly 27%`, `1351` or `nine`.
 * @param unit The unit of the row: `GBP`, `percent`, `count`, `years` or `months`.
 * @returns The value and what the text says of it.
 * @throws {SyntaxError} When the text is not a figure in that unit; the message quotes it.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readFigure } from "./read_figure.ts";
 * assert.deepEqual(readFigure("c£800,000", "GBP"), { value: 800000, approximate: true, bound: null });
 * assert.equal(readFigure("nine", "count").value, 9);
 * ```
 */
export function readFigure(raw: string, unit: string): ReadFigureResult {
  if (unit === "GBP" || unit === "percent") {
    const { value, approximate, bound } = unit === "GBP" ? parseMoney(raw) : parsePercent(raw);
    return { value, approximate, bound };
  }
  const value = isNumberWord(raw) ? parseNumberWord(raw) : parseCount(raw);
  return { value, approximate: false, bound: null };
}
