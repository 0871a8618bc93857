import type { ColumnTable } from "../data/arquero.ts";
import type { ValueFormat } from "../format/format_value.ts";
import { listInWords } from "../format/options.ts";
import type { BaseChartOptions, Figure, JsonValue } from "./figure.ts";
import { PALETTE } from "./palette.ts";
import { valueFormat } from "./value_format.ts";
import { type Group, missingNotes, sumBy } from "./_aggregate.ts";
import { baseLayout, defaultValueTitle, humanise } from "./_layout.ts";
import { checkTable, chooseFormat } from "./_table.ts";

/** Options for {@linkcode treemap} and {@linkcode sunburst}. */
export interface HierarchyOptions extends BaseChartOptions {
  /** The columns from the outermost level to the innermost, e.g. section → priority → project. */
  path: string[];
  /** The column of numbers, summed per innermost item; default `"value"`. */
  value?: string;
  /** The label of the centre (or top) node that holds everything; default `"Total"`. */
  root?: string;
  /** How values are written; default from a `unit` column (GBP → `gbp`), else `number`. */
  format?: ValueFormat;
}

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

// treemap and sunburst. Node ids are the JSON of the node's path, so names that repeat
// under different parents (or contain "/") stay distinct; every parent's value is the exact sum
// of its children ("branchvalues": "total").
function hierarchy(
  table: ColumnTable,
  options: HierarchyOptions,
  type: "treemap" | "sunburst",
): Figure {
  const what = type;
  checkTable(table, what);
  if (!Array.isArray(options?.path) || options.path.length === 0) {
    throw new RangeError(`Cannot build ${what}: option "path" must list at least one column`);
  }
  const format = chooseFormat(table, options.format, what, options.value ?? "value");
  const groups = sumBy(table, {
    by: options.path.map((column, i) => ({ option: `path[${i}]`, column })),
    value: options.value ?? "value",
    missing: "skip",
    what,
  });
  const shown = groups.filter((g) => g.sum !== null);
  const nodes = buildNodes(shown, options.root ?? "Total");
  const hover = valueFormat(format, { variable: "value" }).hover;
  const trace = {
    type,
    ids: nodes.map((n) => n.id),
    labels: nodes.map((n) => n.label),
    parents: nodes.map((n) => n.parent),
    values: nodes.map((n) => n.value),
    branchvalues: "total",
    marker: { line: { color: "#ffffff", width: 1 } },
    texttemplate: `%{label}<br>${hover}`,
    hovertemplate: `<b>%{label}</b><br>${hover}<br>%{percentRoot:.1%} of the total<extra></extra>`,
  };
  const layout = baseLayout({
    ...options,
    what,
    // A chart always has a title: the caller's, or what it shows by what.
    title: options.title ??
      `${defaultValueTitle(format, options.value ?? "value")} by ${
        listInWords(options.path.map((p) => humanise(p).toLowerCase()))
      }`,
    notes: missingNotes(groups, "Not shown, no value known", " › "),
    below: 8,
    defaultHeight: 600,
    legend: false,
    cartesian: false,
    valueFormat: format,
  });
  layout[`${type}colorway`] = [...PALETTE];
  return { data: [trace], layout };
}

interface Node {
  id: string;
  label: JsonValue;
  parent: string;
  value: number;
}

function buildNodes(groups: Group[], rootLabel: string): Node[] {
  const root: Node = { id: "[]", label: rootLabel, parent: "", value: 0 };
  const nodes = new Map<string, Node>([[root.id, root]]);
  for (const group of groups) {
    root.value += group.sum ?? 0;
    for (let depth = 1; depth <= group.key.length; depth++) {
      const id = JSON.stringify(group.key.slice(0, depth));
      let node = nodes.get(id);
      if (!node) {
        const parent = JSON.stringify(group.key.slice(0, depth - 1));
        node = { id, label: group.key[depth - 1], parent, value: 0 };
        nodes.set(id, node);
      }
      node.value += group.sum ?? 0;
    }
  }
  return [...nodes.values()];
}
