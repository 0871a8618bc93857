import type { ColumnTable } from "../data/arquero.ts";
import type { Figure } from "./figure.ts";
import { type BarChartOptions, bars } from "./_bars.ts";

/** Options for {@linkcode stackedBar}: those of `barChart`, with `color` required. */
export interface StackedBarOptions extends BarChartOptions {
  /** The column whose values are stacked within each bar. */
  color: string;
}

/**
 * Builds a stacked bar chart: one bar per category of `x`, made of one segment per series of
 * `color`, each the sum of `y` over its rows. Missing values are handled as by `barChart`.
 *
 * @param table The Arquero table, such as one from `load()`.
 * @param options The columns to plot (`color` is required), titles, format and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a column holds the wrong type.
 * @throws {RangeError} When `color` is missing, an option names no column or has a value it
 * cannot take, or a stated total would be added to the rows it totals.
 * @example Commissioned services and grants stacked per priority
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { stackedBar } from "./mod.ts";
 * const spend = (await load("commissioning_spend")).filter((d) => d.role === "observation");
 * const figure = stackedBar(spend, { x: "priority", color: "section" });
 * assert.equal(figure.layout.barmode, "stack");
 * assert.deepEqual(figure.data.map((t) => t.name), ["commissioned", "grants"]);
 * ```
 */
export function stackedBar(table: ColumnTable, options: StackedBarOptions): Figure {
  if (typeof options?.color !== "string") {
    throw new RangeError(
      `Cannot build stacked bar chart: option "color" must name the column to stack by, got ${
        JSON.stringify(options?.color) ?? "undefined"
      }`,
    );
  }
  return bars(table, options, "stack", "stacked bar chart");
}
