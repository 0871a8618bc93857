// Private to lib/publish: what suppress() and disclosedCells() read from a table of counts — its
// groups, categories and counts, and which totals are published with it — with the options
// checked at the door in the toolkit's voice ("Cannot suppress table: …").
import type { aq } from "../data/arquero.ts";
import { describeValue } from "../format/describe_value.ts";
import { checkCall, column, columnList, oneOf } from "../format/options.ts";
import type { DisclosedCellsOptions as ShapeOptions } from "./disclosed_cells.ts";

export type { ShapeOptions };

/** The options as resolved (every one given), and the table's cells laid out by them. */
export interface Shape extends Required<ShapeOptions> {
  /** Per row: its group, its line (the group, or its known or unknown part), its column. */
  group: number[];
  line: number[];
  column: number[];
  groups: number;
  /** Per group: its lines, [whole] or [known, unknown] when `known_total` is published. */
  linesOf: number[][];
  lines: number;
  columns: number;
  /** Per row: the count, null when missing. */
  counts: (number | null)[];
  /** Whether the table publishes each group's known total (breakdown()'s `known_total`). */
  parts: boolean;
}

const SHAPE_OPTIONS = ["category", "by", "value", "categoryTotals", "zeros"];

export function readShape(
  action: string,
  table: aq.ColumnTable,
  options: ShapeOptions,
  extra: readonly string[],
): Shape {
  checkCall(action, table, options, {
    known: [...SHAPE_OPTIONS, ...extra],
    required: { category: 'name the column holding the categories, e.g. "sex"' },
  });
  const category = column(action, table, "category", options.category, "");
  const by = columnList(action, table, "by", options.by);
  const counts = table.columnNames().includes("count") ? "count" : "value";
  const value = column(action, table, "value", options.value, counts);
  const flag = (option: "categoryTotals" | "zeros", fallback: boolean) =>
    oneOf(action, option, options[option], [true, false], fallback);
  return {
    ...index(action, table, { category, by, value }),
    category,
    by,
    value,
    categoryTotals: flag("categoryTotals", by.length > 0),
    zeros: flag("zeros", false),
  };
}

function index(
  action: string,
  table: aq.ColumnTable,
  o: { category: string; by: string[]; value: string },
) {
  const n = table.numRows();
  const names = table.columnNames();
  const parts = names.includes("known_total") && names.includes("unknown");
  const keyColumns = o.by.map((name) => table.array(name) as ArrayLike<unknown>);
  const categories = table.array(o.category) as ArrayLike<unknown>;
  const unknown = parts ? table.array("unknown") as ArrayLike<unknown> : null;
  const raw = table.array(o.value) as ArrayLike<unknown>;
  const groupIds = new Map<string, number>();
  const columnIds = new Map<string, number>();
  const seen = new Set<string>();
  const group: number[] = [];
  const column: number[] = [];
  const counts: (number | null)[] = [];
  for (let row = 0; row < n; row++) {
    const key = JSON.stringify(keyColumns.map((c) => c[row]));
    const cat = JSON.stringify(categories[row]);
    if (seen.has(`${key}\u0000${cat}`)) {
      throw new RangeError(
        `Cannot ${action}: row ${row} repeats category ${cat} in its group; ` +
          `add up the counts first (breakdown() does)`,
      );
    }
    seen.add(`${key}\u0000${cat}`);
    if (!groupIds.has(key)) groupIds.set(key, groupIds.size);
    if (!columnIds.has(cat)) columnIds.set(cat, columnIds.size);
    group.push(groupIds.get(key)!);
    column.push(columnIds.get(cat)!);
    counts.push(count(action, o.value, raw[row], row));
  }
  const linesOf = Array.from(
    { length: groupIds.size },
    (_, g) => parts ? [2 * g, 2 * g + 1] : [g],
  );
  const line = group.map((g, row) => parts && unknown![row] === true ? 2 * g + 1 : linesOf[g][0]);
  return {
    group,
    line,
    column,
    counts,
    groups: groupIds.size,
    linesOf,
    lines: parts ? 2 * groupIds.size : groupIds.size,
    columns: columnIds.size,
    parts,
  };
}

function count(action: string, name: string, value: unknown, row: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new TypeError(
      `Cannot ${action}: column "${name}" holds ${
        describeValue(value)
      } at row ${row}, not a count (a whole number, 0 or more)`,
    );
  }
  return value;
}
