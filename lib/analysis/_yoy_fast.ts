// Private to lib/analysis: yoyChange()'s duplicate check and lag over typed arrays, for tables
// too large for Arquero's string-keyed groupby to be quick. Each gives what the verb chain in
// _yoy_steps.ts gives (the same first duplicate; the same rows, columns and order after the lag)
// or null when a key holds values only the verbs group (objects, dates).
import { aq } from "../data/arquero.ts";
import { columnValues, groupRows } from "./_group_rows.ts";
import type { Normalised } from "./_yoy_steps.ts";

/** The first duplicate period of a series (null when none), or undefined to use the verbs. */
export function findDuplicate(
  t: aq.ColumnTable,
  o: Normalised,
): Record<string, unknown> | null | undefined {
  const g = groupRows(t, [...o.by, "__start", "__q"]);
  if (g === null) return undefined;
  const counts = new Int32Array(g.size);
  for (let i = 0; i < g.scan.length; i++) counts[g.keys[g.scan[i]]]++;
  const k = counts.findIndex((n) => n > 1);
  if (k < 0) return null;
  const row: Record<string, unknown> = { __n: counts[k] };
  for (const [name, values] of Object.entries(g.columns)) row[name] = values[k];
  return row;
}

/**
 * Each row with the named columns of the row before it in its series (`__base<name>`), and
 * `__first` (the series' first row), sorted by series then time; null to use the verbs.
 */
export function lagRows(
  table: aq.ColumnTable,
  o: Normalised,
  lagged: string[],
): aq.ColumnTable | null {
  const t = table.reify();
  const keys = o.comparison === "quarter-previous-year" ? [...o.by, "__q"] : o.by;
  const series = groupRows(t, keys);
  const groups = groupRows(t, o.by);
  if (series === null || groups === null) return null;
  const n = t.numRows();
  const idx = columnValues(t, "__idx") as ArrayLike<number>;
  const base = previousRows(series.keys, series.size, idx);
  const rowIds = columnValues(t, "__row") as ArrayLike<number>;
  const first = new Float64Array(groups.size).fill(Infinity);
  for (let r = 0; r < n; r++) first[groups.keys[r]] = Math.min(first[groups.keys[r]], rowIds[r]);
  const start = columnValues(t, "__start") as ArrayLike<number>;
  const q = columnValues(t, "__q") as ArrayLike<number>;
  const order = Array.from({ length: n }, (_, r) => r).sort((a, b) =>
    first[groups.keys[a]] - first[groups.keys[b]] || start[a] - start[b] || q[a] - q[b]
  );
  const columns: Record<string, unknown> = {};
  for (const name of t.columnNames()) {
    const column = t.column(name) as unknown as ArrayLike<unknown>;
    const Ctor = (ArrayBuffer.isView(column) ? column.constructor : Array) as ArrayConstructor;
    const out = new Ctor(n);
    for (let i = 0; i < n; i++) out[i] = column[order[i]];
    columns[name] = out;
  }
  for (const name of lagged) {
    const values = t.column(name) as unknown as ArrayLike<unknown>;
    columns[`__base${name}`] = order.map((r) => base[r] < 0 ? null : values[base[r]]);
  }
  columns.__first = order.map((r) => first[groups.keys[r]]);
  return aq.table(columns);
}

// The row before each row in its series by time (__idx), or -1 for a series' first.
function previousRows(keys: Int32Array, size: number, idx: ArrayLike<number>): Int32Array {
  const n = keys.length;
  const startOf = new Int32Array(size + 1);
  for (let r = 0; r < n; r++) startOf[keys[r] + 1]++;
  for (let k = 0; k < size; k++) startOf[k + 1] += startOf[k];
  const bySeries = new Int32Array(n);
  const fill = startOf.slice(0, size);
  for (let r = 0; r < n; r++) bySeries[fill[keys[r]]++] = r;
  const base = new Int32Array(n).fill(-1);
  for (let k = 0; k < size; k++) {
    const rows = bySeries.subarray(startOf[k], startOf[k + 1]).sort((a, b) => idx[a] - idx[b]);
    for (let i = 1; i < rows.length; i++) base[rows[i]] = rows[i - 1];
  }
  return base;
}
