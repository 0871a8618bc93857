import { VALUE_FORMATS, type ValueFormat } from "../display/format_value.ts";
import type { JsonObject } from "./figure.ts";

/** Options for {@linkcode valueFormat}. */
export interface ValueFormatOptions {
  /** The Plotly template variable holding the value: `y` (default), `x`, `value`… */
  variable?: string;
}

/** Plotly settings that write values in one {@linkcode ValueFormat}. */
export interface ValueFormatSpec {
  /** Axis attributes: `tickprefix`, `ticksuffix`, `tickformat` (a d3-format string). */
  axis: JsonObject;
  /** A hovertemplate fragment writing the value, such as `£%{y:,.0f}`. */
  hover: string;
}

const SPECS: Record<ValueFormat, { prefix: string; suffix: string; format: string }> = {
  gbp: { prefix: "£", suffix: "", format: ",.0f" },
  count: { prefix: "", suffix: "", format: ",.0f" },
  // Our percentages are stored as 27 for 27%, so d3's "%" (which multiplies by 100) is not used.
  percent: { prefix: "", suffix: "%", format: ",.1~f" },
  // No type: d3 writes the shortest exact form (up to 12 significant digits), grouped.
  number: { prefix: "", suffix: "", format: "," },
};

/**
 * The one place chart formats are defined: the tick and hover formats that write values as
 * pounds with thousands separators, counts, or percentages.
 *
 * @param format How values are written (see `formatValue` for the same formats as text).
 * @param options The template variable for the hover fragment.
 * @returns The axis attributes and the hover fragment.
 * @throws {RangeError} For a format that is not `gbp`, `count`, `percent` or `number`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { valueFormat } from "./mod.ts";
 * const gbp = valueFormat("gbp");
 * assert.deepEqual(gbp.axis, { tickprefix: "£", ticksuffix: "", tickformat: ",.0f" });
 * assert.equal(gbp.hover, "£%{y:,.0f}");
 * assert.equal(valueFormat("percent", { variable: "x" }).hover, "%{x:,.1~f}%");
 * ```
 */
export function valueFormat(
  format: ValueFormat,
  options: ValueFormatOptions = {},
): ValueFormatSpec {
  if (!VALUE_FORMATS.includes(format)) {
    const known = VALUE_FORMATS.map((f) => `"${f}"`).join(", ");
    throw new RangeError(`Cannot format chart values: format "${format}" is not one of ${known}`);
  }
  const variable = options.variable ?? "y";
  const { prefix, suffix, format: d3 } = SPECS[format];
  return {
    axis: { tickprefix: prefix, ticksuffix: suffix, tickformat: d3 },
    hover: `${prefix}%{${variable}:${d3}}${suffix}`,
  };
}
