import { MISSING_MARK } from "./missing.ts";

/**
 * How a number is written: pounds, a count, a percentage, a difference of percentages in
 * percentage points, or a plain number.
 */
export type ValueFormat = "gbp" | "count" | "percent" | "points" | "number";

/**
 * The formats {@linkcode formatValue} knows, for checking options at the door.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { VALUE_FORMATS } from "./mod.ts";
 * assert.deepEqual(VALUE_FORMATS, ["gbp", "count", "percent", "points", "number"]);
 * ```
 */
export const VALUE_FORMATS: readonly ValueFormat[] = [
  "gbp",
  "count",
  "percent",
  "points",
  "number",
];

/**
 * How a format writes its numbers by default: what comes before and after the number, and how
 * many decimal places: a number of places, `"pence"` (two when the amount rounded to pence is not
 * whole pounds, else none) or `"as written"` (every digit JavaScript prints for the number).
 */
export interface FormatRule {
  /** Text before the number, after any sign: `£`. */
  prefix: string;
  /** Text after the number: `%`, ` pp`. */
  suffix: string;
  /** Decimal places by default. */
  digits: number | "pence" | "as written";
}

/**
 * The rounding rule, decided once for every table, chart, sentence and finding: money in whole
 * pounds unless pence matter, counts whole, percentages and percentage points to one fixed
 * decimal, plain numbers as written. Charts derive their tick and hover formats from it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FORMAT_RULES } from "./mod.ts";
 * assert.deepEqual(FORMAT_RULES.percent, { prefix: "", suffix: "%", digits: 1 });
 * ```
 */
export const FORMAT_RULES: Readonly<Record<ValueFormat, Readonly<FormatRule>>> = {
  gbp: { prefix: "£", suffix: "", digits: "pence" },
  count: { prefix: "", suffix: "", digits: 0 },
  percent: { prefix: "", suffix: "%", digits: 1 },
  points: { prefix: "", suffix: " pp", digits: 1 },
  number: { prefix: "", suffix: "", digits: "as written" },
};

/** Options for {@linkcode formatValue}. */
export interface FormatValueOptions {
  /** Write a rise with a `+`, for a change; default false. A fall always has its `-`. */
  signed?: boolean;
  /**
   * Decimal places, 0 to 20, instead of the format's rule: for a figure that needs more
   * precision than the rule gives (a finding's 26.49% against a stated "roughly 27%").
   */
  digits?: number;
  /** What to write for `null`; default an em dash. */
  missing?: string;
}

/**
 * Writes a number the way every table, chart, sentence and finding of the toolkit does, with UK
 * thousands separators and no locale lookup, so the text is the same on every machine.
 *
 * The rule ({@linkcode FORMAT_RULES}): `gbp` writes `£4,654,011`, and pence only when they
 * matter (`£415.85`, `£0.50`); `count` writes `1,351`; `percent` writes the number as stored (our
 * percentages are 27 for 27%) to one fixed decimal, `2.0%`; `points` writes a difference of
 * percentages, `-0.5 pp`; `number` writes every digit JavaScript prints, grouped. Rounding is
 * half away from zero on the decimal as printed (0.15 → 0.2, 2.25 → 2.3, -2.25 → -2.3). A fall
 * is written `-£1,200`, a rise `+£10,985` when `signed`, and a figure that rounds to zero has no
 * sign (`0.0%`). A missing value is an em dash.
 *
 * @param value The number, or null for a missing value.
 * @param format How to write it.
 * @param options A sign for a change, decimal places beyond the rule, the text for missing.
 * @returns The text.
 * @throws {RangeError} For NaN or an infinite value, a format that is not one of
 * {@linkcode VALUE_FORMATS}, or `digits` that is not a whole number from 0 to 20.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatValue } from "./mod.ts";
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80: £561,813 then £572,798
 * assert.equal(formatValue(572798 - 561813, "gbp", { signed: true }), "+£10,985");
 * assert.equal(formatValue((572798 - 561813) / 561813 * 100, "percent", { signed: true }), "+2.0%");
 * assert.equal(formatValue(561813 / 1351, "gbp"), "£415.85");
 * assert.equal(formatValue(1351, "count"), "1,351");
 * assert.equal(formatValue(27, "percent"), "27.0%");
 * assert.equal(formatValue(26.4917, "percent", { digits: 2 }), "26.49%");
 * assert.equal(formatValue(null, "gbp"), "—");
 * ```
 */
export function formatValue(
  value: number | null,
  format: ValueFormat,
  options: FormatValueOptions = {},
): string {
  const rule = FORMAT_RULES[checkFormat(format)];
  if (value === null) return options.missing ?? MISSING_MARK;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`Cannot format value "${value}" as ${format}: it is not a finite number`);
  }
  const { whole, fraction } = digitsOf(Math.abs(value), options.digits ?? rule.digits);
  const body = groupThousands(whole) + (fraction === "" ? "" : `.${fraction}`);
  const zero = /^[0.,]*$/.test(body);
  const sign = zero ? "" : value < 0 ? "-" : options.signed ? "+" : "";
  return `${sign}${rule.prefix}${body}${rule.suffix}`;
}

function checkFormat(format: ValueFormat): ValueFormat {
  if (VALUE_FORMATS.includes(format)) return format;
  const known = VALUE_FORMATS.map((f) => `"${f}"`).join(", ");
  throw new RangeError(`Cannot format value: format "${format}" is not one of ${known}`);
}

function digitsOf(size: number, digits: FormatRule["digits"]): Digits {
  if (digits === "as written") return decimalDigits(size);
  if (digits === "pence") {
    const pence = roundDigits(size, 2);
    return pence.fraction === "00" ? { whole: pence.whole, fraction: "" } : pence;
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(
      `Cannot format value: digits "${digits}" must be a whole number from 0 to 20`,
    );
  }
  return roundDigits(size, digits);
}

// The digits of a number, rounded to a number of decimal places, private to lib/format.
//
// Why our own rounding rather than Number.prototype.toFixed or Intl.NumberFormat: both round the
// binary value, which is a hair off most decimals, so 0.15 to one place is "0.1", 1.005 to two is
// "1.00" and 2.675 is "2.67", while a reader rounding the figure as it is printed gets 0.2, 1.01
// and 2.68. We round the shortest decimal JavaScript prints for the number (String(x), the digits
// a table of raw values shows), half away from zero, in BigInt so no digit is lost.
/** A non-negative number's digits before and after the point, without an exponent. */
interface Digits {
  whole: string;
  fraction: string;
}

/** The shortest decimal for a non-negative finite number, written out in full (1e21, 1e-7 too). */
function decimalDigits(size: number): Digits {
  const text = String(size);
  const [mantissa, exponent] = text.split("e");
  if (exponent === undefined) {
    const [whole, fraction = ""] = mantissa.split(".");
    return { whole, fraction };
  }
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const at = (point === -1 ? mantissa.length : point) + Number(exponent);
  if (at <= 0) return { whole: "0", fraction: "0".repeat(-at) + digits };
  if (at >= digits.length) return { whole: digits + "0".repeat(at - digits.length), fraction: "" };
  return { whole: digits.slice(0, at), fraction: digits.slice(at) };
}

/** A non-negative number rounded to `places` decimals, half away from zero. */
function roundDigits(size: number, places: number): Digits {
  const { whole, fraction } = decimalDigits(size);
  if (fraction.length <= places) return { whole, fraction: fraction.padEnd(places, "0") };
  let kept = BigInt(whole + fraction.slice(0, places));
  if (fraction[places] >= "5") kept += 1n;
  const text = kept.toString().padStart(places + 1, "0");
  return { whole: text.slice(0, text.length - places), fraction: text.slice(text.length - places) };
}

/** The whole part with a comma between each group of three digits: `4,654,011`. */
function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
