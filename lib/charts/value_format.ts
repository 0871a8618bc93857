import { FORMAT_RULES, VALUE_FORMATS, type ValueFormat } from "../format/format_value.ts";
import type { JsonObject } from "./figure.ts";
import { describeValue } from "../format/describe_value.ts";
import { choices } from "../format/options.ts";

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

// The d3-format specifier for the rule's decimal places (lib/format's FORMAT_RULES). Our
// percentages are stored as 27 for 27%, so d3's "%" type (which multiplies by 100) is not used.
// Money is whole pounds on a chart: d3 cannot write "pence only when they matter", and charted
// amounts are budgets; the chart's summary table writes pence where they matter.
function specifier(format: ValueFormat): string {
  const { digits } = FORMAT_RULES[format];
  if (digits === "as written") return ",";
  return `,.${digits === "pence" ? 0 : digits}f`;
}

/**
 * The tick and hover formats that write chart values by the toolkit's one rule (lib/format):
 * pounds with thousands separators, counts, percentages and percentage points to one decimal.
 * Hover text has the rule's decimals (`2.0%`); tick labels drop a trailing `.0` (`10%`), as axes
 * usually do.
 *
 * @param format How values are written (see `formatValue` for the same formats as text).
 * @param options The template variable for the hover fragment.
 * @returns The axis attributes and the hover fragment.
 * @throws {RangeError} For a format that is not one of `VALUE_FORMATS`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { valueFormat } from "./mod.ts";
 * const gbp = valueFormat("gbp");
 * assert.deepEqual(gbp.axis, { tickprefix: "£", ticksuffix: "", tickformat: ",.0f" });
 * assert.equal(gbp.hover, "£%{y:,.0f}");
 * assert.equal(valueFormat("percent", { variable: "x" }).hover, "%{x:,.1f}%");
 * assert.equal(valueFormat("points").hover, "%{y:,.1f} pp");
 * assert.equal(valueFormat("percent").axis.tickformat, ",.1~f");
 * ```
 */
export function valueFormat(
  format: ValueFormat,
  options: ValueFormatOptions = {},
): ValueFormatSpec {
  if (!VALUE_FORMATS.includes(format)) {
    throw new RangeError(
      `Cannot format chart values: format must be ${choices(VALUE_FORMATS)}, got ${
        describeValue(format)
      }`,
    );
  }
  const variable = options.variable ?? "y";
  const { prefix, suffix } = FORMAT_RULES[format];
  const d3 = specifier(format);
  return {
    axis: {
      tickprefix: prefix,
      ticksuffix: suffix,
      tickformat: d3.replace(/\.([1-9])f$/, ".$1~f"),
    },
    hover: `${prefix}%{${variable}:${d3}}${suffix}`,
  };
}
