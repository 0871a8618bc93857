import { formatValue, type FormatValueOptions } from "../format/format_value.ts";
import { checkDigits, checkFinite, fragment } from "./_markdown.ts";
import type { Markdown } from "./md.ts";

/** Options for {@linkcode num}: the sign, as `formatValue()` writes it. */
export type NumOptions = Pick<FormatValueOptions, "signed">;

/**
 * Writes a plain number for a notebook's narrative — a ratio, an average, a number of months —
 * to a fixed number of decimal places, its whole part grouped: `1.33`, `337.8`.
 *
 * @param value The number.
 * @param digits Decimal places, 0 to 6; default 0.
 * @param options The sign.
 * @returns Markdown for {@linkcode md}.
 * @throws {TypeError} When the value is null, undefined or not a finite number.
 * @throws {RangeError} When `digits` is not a whole number from 0 to 6.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { num } from "./mod.ts";
 * assert.equal(num(1795 / 1351, 2).text, "1.33"); // FOI 0004-24 lines 79-80
 * assert.equal(num(12 / 9, 3).text, "1.333");
 * assert.equal(num(9).text, "9");
 * ```
 */
export function num(value: number, digits = 0, options: NumOptions = {}): Markdown {
  const n = checkFinite("number", value);
  const places = checkDigits("number", digits);
  const text = formatValue(n, "number", { digits: places, signed: options.signed });
  return fragment(text, text);
}
