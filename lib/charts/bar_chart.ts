import type { ColumnTable } from "../data/arquero.ts";
import type { Figure } from "./figure.ts";
import { type BarChartOptions, bars } from "./_bars.ts";

export type { BarChartOptions };

/**
 * Builds a bar chart of a table: one bar per category of `x`, its height the sum of `y` over
 * the category's rows; with `color`, one bar per series side by side. Missing values are never
 * counted as 0: a bar's sum leaves them out and the note under the chart says so, and a bar
 * with no known value is not drawn. Rows that are stated totals (`role` other than
 * `observation`) are refused when they would be added to other rows.
 *
 * @param table The Arquero table, such as one from `load()`.
 * @param options The columns to plot, titles, format, orientation and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a column holds the wrong type.
 * @throws {RangeError} When an option names no column or has a value it cannot take, the
 * `unit` column mixes units, or a stated total would be added to the rows it totals.
 * @example Table 1 of the commissioning framework: commissioned spend by priority
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { barChart } from "./mod.ts";
 * const spend = (await load("commissioning_spend"))
 *   .filter((d) => d.section === "commissioned" && d.role === "observation");
 * const figure = barChart(spend, { x: "priority", title: "Commissioned spend, 2024-25" });
 * assert.deepEqual(figure.data[0].x, [
 *   "Victim Services", "Vulnerability", "Prevention", "Community Safety", "Various",
 * ]);
 * assert.deepEqual(figure.data[0].y, [1412614, 772416, 1212075, 659671, 597235]);
 * ```
 */
export function barChart(table: ColumnTable, options: BarChartOptions): Figure {
  return bars(table, options, "group", "bar chart");
}
