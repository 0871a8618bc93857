import { formatUnit, type FormatUnitOptions } from "../format/format_unit.ts";
import type { FindingUnit } from "./finding.ts";

/** Options for {@linkcode formatFigure}: `formatUnit()`'s sign, decimal places and `delta`. */
export type FormatFigureOptions = FormatUnitOptions;

// A finding checks a stated percentage against a computed one to within half a point ("roughly
// 27%" against 26.49%); at the rule's one decimal the two would read 27.0% and 26.5%, and the
// difference -0.5 pp, hiding that it is just beyond the tolerance.
const PERCENT_DIGITS = 2;

/**
 * Writes a finding's figure with its unit for people, by the toolkit's one rule (`formatUnit`
 * in lib/format): `£435,000`, `£0.50`, `1,351`, `5 years`, and a dash for null; a percentage
 * difference or tolerance is in percentage points (`-0.51 pp`). Percentages keep two decimals
 * (`26.49%`), the precision a finding's check needs. The findings tables and the report site
 * write figures through it.
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
 * assert.equal(formatFigure(27, "percent"), "27.00%");
 * assert.equal(formatFigure(-0.5083, "percent", { signed: true, delta: true }), "-0.51 pp");
 * assert.equal(formatFigure(1, "GBP", { signed: true }), "+£1");
 * assert.equal(formatFigure(0.5, "GBP"), "£0.50");
 * assert.equal(formatFigure(1, "years"), "1 year");
 * assert.equal(formatFigure(null, "count"), "—");
 * ```
 */
export function formatFigure(
  value: number | null,
  unit: FindingUnit | string,
  options: FormatFigureOptions = {},
): string {
  const digits = options.digits ?? (unit === "percent" ? PERCENT_DIGITS : undefined);
  return formatUnit(value, unit, { ...options, digits });
}
