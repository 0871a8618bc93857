/** How a number is written: pounds, a count, a percentage, or a plain number. */
export type ValueFormat = "gbp" | "count" | "percent" | "number";

/**
 * The formats {@linkcode formatValue} knows, for checking options at the door.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { VALUE_FORMATS } from "./mod.ts";
 * assert.ok(VALUE_FORMATS.includes("gbp"));
 * ```
 */
export const VALUE_FORMATS: readonly ValueFormat[] = ["gbp", "count", "percent", "number"];

/** Options for {@linkcode formatValue}. */
export interface FormatValueOptions {
  /** What to write for `null`; default an em dash. */
  missing?: string;
}

/**
 * Writes a number the way the toolkit's tables and charts do, with UK thousands separators and
 * no locale lookup, so the text is the same on every machine.
 *
 * `gbp` writes whole pounds as `£4,654,011` and pence as `£12.50`; `count` writes `1,351`;
 * `percent` writes the number as given with a `%` sign (our percentages are stored as 27 for
 * 27%), to at most one decimal place; `number` writes it as JavaScript does, grouping the whole
 * part. Negative amounts are written `-£1,200`.
 *
 * @param value The number, or null for a missing value.
 * @param format How to write it.
 * @param options What to write for a missing value.
 * @returns The text.
 * @throws {RangeError} For NaN or an infinite value, or a format that is not one of
 * {@linkcode VALUE_FORMATS}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatValue } from "./mod.ts";
 * assert.equal(formatValue(4654011, "gbp"), "£4,654,011");
 * assert.equal(formatValue(12.5, "gbp"), "£12.50");
 * assert.equal(formatValue(27, "percent"), "27%");
 * assert.equal(formatValue(1351, "count"), "1,351");
 * assert.equal(formatValue(null, "gbp"), "—");
 * ```
 */
export function formatValue(
  value: number | null,
  format: ValueFormat,
  options: FormatValueOptions = {},
): string {
  if (!VALUE_FORMATS.includes(format)) {
    const known = VALUE_FORMATS.map((f) => `"${f}"`).join(", ");
    throw new RangeError(`Cannot format value: format "${format}" is not one of ${known}`);
  }
  if (value === null) return options.missing ?? "—";
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`Cannot format value "${value}" as ${format}: it is not a finite number`);
  }
  const sign = value < 0 ? "-" : "";
  const size = Math.abs(value);
  switch (format) {
    case "gbp":
      return `${sign}£${grouped(size, Number.isInteger(size) ? 0 : 2)}`;
    case "count":
      return sign + grouped(size, 0);
    case "percent":
      return `${sign}${grouped(size, Number.isInteger(size) ? 0 : 1, true)}%`;
    case "number":
      return sign + groupWhole(String(size));
  }
}

function grouped(size: number, decimals: number, trim = false): string {
  let text = size.toFixed(decimals);
  if (trim && text.includes(".")) text = text.replace(/\.?0+$/, "");
  return groupWhole(text);
}

// Only the digits before the point are grouped; exponent forms (1e+21) are left alone.
function groupWhole(text: string): string {
  if (/e/i.test(text)) return text;
  const [whole, fraction] = text.split(".");
  const groupedWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? groupedWhole : `${groupedWhole}.${fraction}`;
}
