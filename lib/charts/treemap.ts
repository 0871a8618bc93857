import type { ColumnTable } from "../data/arquero.ts";
import type { Figure } from "./figure.ts";
import { hierarchy, type HierarchyOptions } from "./_hierarchy.ts";

export type { HierarchyOptions };

/**
 * Builds a treemap: nested rectangles sized by the sum of `value`, one level per column of
 * `path`, inside a root node holding the whole. Items with no known value are not drawn (an
 * area of 0 would say "nothing"), and the note under the chart names them.
 *
 * @param table The Arquero table, such as one from `load()`, without stated totals.
 * @param options The path of columns, the value column, the root's label, format and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a path cell is not text or a number.
 * @throws {RangeError} When `path` is empty or names no column, or a stated total would be
 * added to the rows it totals.
 * @example The whole commissioning budget: section → priority → project
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { treemap } from "./mod.ts";
 * const spend = (await load("commissioning_spend")).filter((d) => d.role === "observation");
 * const figure = treemap(spend, { path: ["section", "priority", "project"] });
 * const labels = figure.data[0].labels as string[];
 * const values = figure.data[0].values as number[];
 * // The two sections match the stated TOTALs (framework lines 201 and 221).
 * assert.equal(values[labels.indexOf("commissioned")], 4654011);
 * assert.equal(values[labels.indexOf("grants")], 2020226);
 * ```
 */
export function treemap(table: ColumnTable, options: HierarchyOptions): Figure {
  return hierarchy(table, options, "treemap");
}
