/**
 * How the toolkit writes numbers, one rule for every table, chart, sentence and finding, so the
 * same number reads the same everywhere:
 *
 * - money: `£` with thousands separators, whole pounds unless pence matter (`£561,813`,
 *   `£415.85`, `£0.50`);
 * - counts: whole, with separators (`1,351`);
 * - percentages and shares (stored as 27 for 27%): one fixed decimal (`2.0%`, `27.0%`);
 *   differences of percentages in percentage points (`-0.5 pp`);
 * - changes signed (`+£10,985`, `+2.0%`, `-3`); a figure that rounds to zero unsigned (`0.0%`);
 * - rounding half away from zero on the decimal as printed (`0.15` → `0.2`);
 * - missing: in a table, chart summary or spreadsheet, the statistical symbol its reason takes
 *   (`[x]` not available, `[z]` not applicable, `[c]` confidential), the reason kept beside it
 *   for a tooltip; in prose, an em dash; an estimate is followed by `[e]`, a share of a small
 *   count by `[u]`, and a key explains the symbols used.
 *
 * A figure that needs more precision says so with `digits` (a finding's `26.49%`). The module
 * sits below the datasets, analysis, findings, charts and display; it also holds the checks at
 * their door that quote a bad value (`describeValue`, `checkTable`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatUnit, formatValue } from "./mod.ts";
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80
 * assert.equal(formatValue(572798 - 561813, "gbp", { signed: true }), "+£10,985");
 * assert.equal(formatUnit(572798, "GBP"), "£572,798");
 * ```
 *
 * @module
 */
export * from "./format_value.ts";
export * from "./format_unit.ts";
export * from "./column_format.ts";
export * from "./plural.ts";
export * from "./format_duration.ts";
export * from "./missing.ts";
export * from "./describe_value.ts";
export * from "./check_table.ts";
