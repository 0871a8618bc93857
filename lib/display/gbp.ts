import { oneOf } from "../format/options.ts";
import { formatValue } from "../format/format_value.ts";
import { checkFinite, fragment } from "./_markdown.ts";
import type { Markdown } from "./md.ts";
import type { NumOptions } from "./num.ts";

/** Options for {@linkcode gbp}. */
export interface GbpOptions extends NumOptions {
  /** Decimal places: 0 for whole pounds, 2 for pence; default 2 when the pence matter, else 0. */
  digits?: 0 | 2;
}

/**
 * Writes an amount of money for a notebook's narrative, as `formatValue(value, "gbp")` writes it
 * in tables: `£561,813`, `£12.50`, `-£1,200`; with `signed`, a rise as `+£10,985`.
 *
 * @param value The amount in pounds.
 * @param options Decimal places and sign.
 * @returns Markdown for {@linkcode md}.
 * @throws {TypeError} When the value is null, undefined or not a finite number: a missing
 * amount needs words, not a blank.
 * @throws {RangeError} When `digits` is not 0 or 2.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gbp } from "./mod.ts";
 * assert.equal(gbp(561813).text, "£561,813"); // FOI 0004-24 line 79
 * assert.equal(gbp(572798 - 561813, { signed: true }).text, "+£10,985");
 * assert.equal(gbp(561813 / 1351, { digits: 0 }).text, "£416");
 * assert.equal(gbp(561813 / 1351).text, "£415.85");
 * assert.equal(gbp(-1200).text, "-£1,200");
 * ```
 */
export function gbp(value: number, options: GbpOptions = {}): Markdown {
  const amount = checkFinite("£ amount", value);
  const digits = options.digits === undefined
    ? undefined
    : oneOf("write £ amount", "digits", options.digits, [0, 2], 0);
  const text = formatValue(amount, "gbp", { digits, signed: options.signed });
  return fragment(text, text);
}
