import type { ColumnTable } from "../data/arquero.ts";
import type { Figure } from "./figure.ts";
import { hierarchy, type HierarchyOptions } from "./_hierarchy.ts";

/**
 * Builds a sunburst: rings from the centre out, one per column of `path`, each segment's angle
 * the sum of `value`. It takes the same options as `treemap` and handles missing values the
 * same way.
 *
 * @param table The Arquero table, such as one from `load()`, without stated totals.
 * @param options The path of columns, the value column, the root's label, format and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a path cell is not text or a number.
 * @throws {RangeError} When `path` is empty or names no column, or a stated total would be
 * added to the rows it totals.
 * @example Grants by priority
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { sunburst } from "./mod.ts";
 * const grants = (await load("commissioning_spend"))
 *   .filter((d) => d.section === "grants" && d.role === "observation");
 * const figure = sunburst(grants, { path: ["priority", "project"], root: "Grants" });
 * const labels = figure.data[0].labels as string[];
 * const values = figure.data[0].values as number[];
 * assert.equal(values[labels.indexOf("Grants")], 2020226); // framework line 221
 * ```
 */
export function sunburst(table: ColumnTable, options: HierarchyOptions): Figure {
  return hierarchy(table, options, "sunburst");
}
