import { oneOf } from "../format/options.ts";
import { formatValue } from "../format/format_value.ts";
import { checkDigits, checkFinite, fragment } from "./_markdown.ts";
import type { Markdown } from "./md.ts";
import type { NumOptions } from "./num.ts";

/** Options for {@linkcode pct}. */
export interface PctOptions extends NumOptions {
  /** What follows the number: `"%"` (default), or `" points"` for a difference of percentages. */
  unit?: "%" | " points";
}

/**
 * Writes a percentage for a notebook's narrative, to a fixed number of decimal places. Our
 * percentages are stored as 27 for 27%, as the analysis verbs return them (`share`,
 * `pct_change`).
 *
 * @param value The percentage (27 for 27%).
 * @param digits Decimal places, 0 to 6; default 1.
 * @param options The sign, and the unit for a difference in percentage points.
 * @returns Markdown for {@linkcode md}.
 * @throws {TypeError} When the value is null, undefined or not a finite number.
 * @throws {RangeError} When `digits` is not a whole number from 0 to 6.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pct } from "./mod.ts";
 * // Leicester City Council line 97: £186,945 of £705,672
 * assert.equal(pct((186945 / 705672) * 100, 2).text, "26.49%");
 * assert.equal(pct(32.86, 1, { signed: true }).text, "+32.9%");
 * assert.equal(pct(-0.51, 2, { unit: " points" }).text, "-0.51 points");
 * assert.equal(pct(-0.04).text, "0.0%");
 * ```
 */
export function pct(value: number, digits = 1, options: PctOptions = {}): Markdown {
  const n = checkFinite("percentage", value);
  const places = checkDigits("percentage", digits);
  const unit = oneOf("write percentage", "unit", options.unit, ["%", " points"], "%");
  const text = unit === "%"
    ? formatValue(n, "percent", { digits: places, signed: options.signed })
    : `${formatValue(n, "number", { digits: places, signed: options.signed })}${unit}`;
  return fragment(text, text);
}
