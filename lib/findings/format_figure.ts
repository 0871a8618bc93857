import type { FindingUnit } from "./finding.ts";

/** Options for {@linkcode formatFigure}. */
export interface FormatFigureOptions {
  /** Write a + before a positive number (for differences). */
  signed?: boolean;
  /** Most decimal places shown; default 2. */
  decimals?: number;
  /** The figure is a difference or a tolerance, so a percentage is in percentage points (`pp`). */
  delta?: boolean;
}

/**
 * Writes a finding's figure with its unit for people: `£435,000`, `1,351`, `26.49%`, `5 years`,
 * and a dash for null. A percentage difference or tolerance is in percentage points
 * (`-0.51 pp`). The findings tables and the report site write figures through it; a unit other
 * than a {@linkcode FindingUnit} is written after the number.
 *
 * @param value The figure, or null when there is none.
 * @param unit Its unit: `GBP`, `count`, `percent`, `years` or `months`.
 * @param options A sign for differences, decimal places, and whether it is a difference.
 * @returns The text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatFigure } from "./mod.ts";
 * assert.equal(formatFigure(435000, "GBP"), "£435,000");
 * assert.equal(formatFigure(26.4917, "percent"), "26.49%");
 * assert.equal(formatFigure(-0.51, "percent", { signed: true, delta: true }), "-0.51 pp");
 * assert.equal(formatFigure(1, "GBP", { signed: true }), "+£1");
 * assert.equal(formatFigure(1, "years"), "1 year");
 * assert.equal(formatFigure(null, "count"), "—");
 * ```
 */
export function formatFigure(
  value: number | null,
  unit: FindingUnit | string,
  options: FormatFigureOptions = {},
): string {
  if (value === null) return "—";
  const sign = value < 0 ? "-" : options.signed && value > 0 ? "+" : "";
  const digits = Math.abs(value).toLocaleString("en-GB", {
    maximumFractionDigits: options.decimals ?? 2,
  });
  switch (unit) {
    case "GBP":
      return `${sign}£${digits}`;
    case "count":
      return `${sign}${digits}`;
    case "percent":
      return options.delta ? `${sign}${digits} pp` : `${sign}${digits}%`;
    case "years":
    case "months":
      return `${sign}${digits} ${Math.abs(value) === 1 ? unit.slice(0, -1) : unit}`;
    default:
      return `${sign}${digits} ${unit}`;
  }
}
