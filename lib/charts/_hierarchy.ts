import type { ColumnTable } from "../data/arquero.ts";
import type { ValueFormat } from "../format/format_value.ts";
import type { BaseChartOptions, Figure, JsonValue } from "./figure.ts";
import { PALETTE } from "./palette.ts";
import { valueFormat } from "./value_format.ts";
import { type Group, missingNotes, sumBy } from "./_aggregate.ts";
import { baseLayout } from "./_layout.ts";
import { checkTable, chooseFormat } from "./_table.ts";

/** Options for `treemap` and `sunburst`. */
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

// Shared by treemap and sunburst. Node ids are the JSON of the node's path, so names that repeat
// under different parents (or contain "/") stay distinct; every parent's value is the exact sum
// of its children ("branchvalues": "total").
export function hierarchy(
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
    what,
    title: options.title,
    finding: options.finding,
    source: options.source,
    notes: missingNotes(groups, "Not shown, no value known", " › "),
    below: 8,
    height: options.height,
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
