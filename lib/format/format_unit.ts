import { formatValue, type FormatValueOptions, type ValueFormat } from "./format_value.ts";

/** The units of the datasets' `unit` column (and of findings), by the format that writes each. */
const UNIT_FORMATS: Readonly<Record<string, ValueFormat>> = {
  GBP: "gbp",
  count: "count",
  percent: "percent",
};

/** Units written as a plain number followed by the unit's name: `5 years`, `1 month`. */
const NAMED_UNITS = new Set(["years", "months"]);

/**
 * The format that writes values of a dataset unit: `GBP` → `"gbp"`, `count` → `"count"`,
 * `percent` → `"percent"`, anything else (`years`, `months`, none) → `"number"`.
 *
 * @param unit A `unit` column's value, or null when there is none.
 * @returns The format.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unitFormat } from "./mod.ts";
 * assert.equal(unitFormat("GBP"), "gbp");
 * assert.equal(unitFormat("years"), "number");
 * assert.equal(unitFormat(null), "number");
 * ```
 */
export function unitFormat(unit: unknown): ValueFormat {
  return typeof unit === "string" ? UNIT_FORMATS[unit] ?? "number" : "number";
}

/** Options for {@linkcode formatUnit}. */
export interface FormatUnitOptions extends Pick<FormatValueOptions, "signed" | "digits"> {
  /** The figure is a difference or tolerance, so a percentage is in percentage points (`pp`). */
  delta?: boolean;
}

/**
 * Writes a figure in its dataset unit, by the one rounding rule of `formatValue`: `£435,000`,
 * `1,351`, `26.5%`, `5 years`, `1 month`, and a dash for null. A difference of percentages is in
 * percentage points (`-0.5 pp`); a unit the datasets do not use is written after the number.
 *
 * @param value The figure, or null when there is none.
 * @param unit Its unit: `GBP`, `count`, `percent`, `years`, `months`, or null for none.
 * @param options A sign for a change, decimal places, and whether it is a difference.
 * @returns The text.
 * @throws {RangeError} For NaN, an infinite value, or bad `digits`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatUnit } from "./mod.ts";
 * assert.equal(formatUnit(435000, "GBP"), "£435,000");
 * assert.equal(formatUnit(-0.5082, "percent", { signed: true, delta: true }), "-0.5 pp");
 * assert.equal(formatUnit(1, "years"), "1 year");
 * assert.equal(formatUnit(12, "months"), "12 months");
 * assert.equal(formatUnit(null, "count"), "—");
 * ```
 */
export function formatUnit(
  value: number | null,
  unit: string | null,
  options: FormatUnitOptions = {},
): string {
  const { signed, digits } = options;
  if (unit === "percent" && options.delta) return formatValue(value, "points", { signed, digits });
  const text = formatValue(value, unitFormat(unit), { signed, digits });
  if (value === null || unit === null || unit in UNIT_FORMATS) return text;
  const name = NAMED_UNITS.has(unit) && Math.abs(value) === 1 ? unit.slice(0, -1) : unit;
  return `${text} ${name}`;
}
