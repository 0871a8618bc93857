// Private to lib/analysis: the one grouping engine every verb's rollup runs on. Rows are grouped
// by integer codes over typed arrays, numbered in order of first appearance in the table's
// stored order, as Arquero's groupby numbers them, so a verb's table is the one Arquero's
// `groupby().rollup()` would give (tests/analysis/grouping_engine_test.ts holds that, by fast-check).
// Arquero builds a string key per row; here each key column is coded once, then the codes are
// combined arithmetically. The fast branch, as in Arquero's own groupby: a column that offers
// `groups()` (an Arrow dictionary column) gives its codes without reading a value per row. A key
// that is an object is coded by Arquero's key for it (a date by its time), so a table of dates
// groups as Arquero groups it.
import type { aq, StoredColumn } from "../data/arquero.ts";

/** A grouping key: a column of the table, or codes computed per stored row with their values. */
export type KeySpec = string | { name: string; codes: Int32Array; values: unknown[] };

/** Rows grouped: `keys[row]` is the group of each stored row, -1 for a row left out. */
export interface Grouping {
  keys: Int32Array;
  size: number;
  /** The output columns: each key's value for each group (its first row's), in group order. */
  columns: Record<string, unknown[]>;
  /** The rows in aggregation order (the table's sort order when it has one). */
  scan: ArrayLike<number>;
}

/** The stored rows the table holds, in stored order (its filter applied). */
export function storedRows(table: aq.ColumnTable): ArrayLike<number> {
  // Arquero keeps the indices on the table, so only the first call per table pays for them.
  const rows = table.indices();
  return table.isOrdered() ? Uint32Array.from(rows).sort() : rows;
}

/** A column's values indexable by stored row (plain arrays and typed arrays as they are). */
export function columnValues(table: aq.ColumnTable, name: string): ArrayLike<unknown> {
  const column = table.column(name) as unknown as StoredColumn & ArrayLike<unknown>;
  if (Array.isArray(column) || ArrayBuffer.isView(column)) return column;
  return (column.toArray?.() ?? Array.from(column as unknown as Iterable<unknown>)) as ArrayLike<
    unknown
  >;
}

/** Groups the table's rows by the keys; rows `keep` rejects are left out, as if filtered away. */
export function groupRows(
  table: aq.ColumnTable,
  keys: readonly KeySpec[],
  keep: ((row: number) => boolean) | null = null,
): Grouping {
  const stored = storedRows(table);
  const scan = table.isOrdered() ? table.indices() : stored;
  const out = new Int32Array(table.totalRows()).fill(-1);
  if (keys.length === 0) {
    // Arquero's rollup without groups gives one row even for an empty table.
    for (let i = 0; i < stored.length; i++) {
      if (keep === null || keep(stored[i])) out[stored[i]] = 0;
    }
    return { keys: out, size: 1, columns: {}, scan };
  }
  const coded = keys.map((key) =>
    typeof key === "string" ? codeColumn(table, key, stored) : { ...key, remap: null }
  );
  const first: number[] = [];
  combine(coded, stored, out, first, keep);
  const columns: Record<string, unknown[]> = {};
  for (const c of coded) {
    columns[c.name] = first.map((row) =>
      c.values[c.remap === null ? c.codes[row] : c.remap[c.codes[row]]]
    );
  }
  return { keys: out, size: first.length, columns, scan };
}

// A column's code per stored row, and the value each code stands for (the first met).
interface ColumnCodes {
  name: string;
  codes: ArrayLike<number>;
  /** Maps raw codes to dense ones when the raw codes may repeat a value; else null. */
  remap: Int32Array | null;
  values: unknown[];
}

// Codes one column: from its dictionary when it has one, else through a Map of its values.
function codeColumn(table: aq.ColumnTable, name: string, stored: ArrayLike<number>): ColumnCodes {
  const column = table.column(name) as unknown as StoredColumn;
  const dictionary = keyCodes();
  if (typeof column.groups === "function") {
    const g = column.groups([name]);
    const remap = new Int32Array(g.size);
    for (let k = 0; k < g.size; k++) remap[k] = dictionary.code(g.get[0](g.rows[k]));
    return { name, codes: g.keys, remap, values: dictionary.values };
  }
  const data = columnValues(table, name);
  const codes = new Int32Array(table.totalRows());
  for (let i = 0; i < stored.length; i++) codes[stored[i]] = dictionary.code(data[stored[i]]);
  return { name, codes, remap: null, values: dictionary.values };
}

// Numbers values as Arquero's groupby keys them: a plain value by itself, a date by its time,
// an array or object by its contents. `values` holds the first value met for each code.
function keyCodes(): { values: unknown[]; code(value: unknown): number } {
  const values: unknown[] = [];
  const codes = new Map<unknown, number>();
  const objects = new Map<string, number>();
  const code = (value: unknown): number => {
    const plain = value === null || typeof value !== "object" || value instanceof Date;
    const map = (plain ? codes : objects) as Map<unknown, number>;
    const key = value instanceof Date ? +value : plain ? value : objectKey(value as object);
    let found = map.get(key);
    if (found === undefined) map.set(key, found = values.push(value) - 1);
    return found;
  };
  return { values, code };
}

function objectKey(value: object): string {
  return JSON.stringify(value, (_, v) => v instanceof Date ? +v : v);
}

// Gives each row the number of its combination of codes, numbered by first appearance. The
// combination is a mixed-radix number built one column at a time (one tight loop per column).
function combine(
  coded: ColumnCodes[],
  stored: ArrayLike<number>,
  out: Int32Array,
  first: number[],
  keep: ((row: number) => boolean) | null,
): void {
  const product = coded.reduce((p, c) => p * Math.max(c.values.length, 1), 1);
  if (product > 2 ** 52) return combineWide(coded, stored, out, first, keep);
  const acc = product < 2 ** 31 ? new Int32Array(out.length) : new Float64Array(out.length);
  for (const c of coded) addCodes(acc, stored, c);
  const slots = product <= 1 << 24 ? new Int32Array(product).fill(-1) : null;
  const map = slots === null ? new Map<number, number>() : null;
  for (let i = 0; i < stored.length; i++) {
    const row = stored[i];
    if (keep !== null && !keep(row)) continue;
    const code = acc[row];
    let group = slots !== null ? slots[code] : (map!.get(code) ?? -1);
    if (group < 0) {
      group = first.length;
      first.push(row);
      if (slots !== null) slots[code] = group;
      else map!.set(code, group);
    }
    out[row] = group;
  }
}

// Past 2^52 combinations (no exact double), the codes joined as text key a Map instead.
function combineWide(
  coded: ColumnCodes[],
  stored: ArrayLike<number>,
  out: Int32Array,
  first: number[],
  keep: ((row: number) => boolean) | null,
): void {
  const groups = new Map<string, number>();
  for (let i = 0; i < stored.length; i++) {
    const row = stored[i];
    if (keep !== null && !keep(row)) continue;
    const code = coded.map((c) => dense(c, row)).join(",");
    let group = groups.get(code);
    if (group === undefined) groups.set(code, group = first.push(row) - 1);
    out[row] = group;
  }
}

function dense(c: ColumnCodes, row: number): number {
  return c.remap === null ? c.codes[row] : c.remap[c.codes[row]];
}

function addCodes(acc: Int32Array | Float64Array, stored: ArrayLike<number>, c: ColumnCodes) {
  const { codes, remap } = c;
  const size = c.values.length;
  if (remap === null) {
    for (let i = 0; i < stored.length; i++) {
      const row = stored[i];
      acc[row] = acc[row] * size + codes[row];
    }
  } else {
    for (let i = 0; i < stored.length; i++) {
      const row = stored[i];
      acc[row] = acc[row] * size + remap[codes[row]];
    }
  }
}

/** The columns a figure rollup reads (null: absent). `value: null` counts each row as 1. */
export interface FigureSources {
  value: string | null;
  approximate: string | null;
  missingReason: string | null;
}

/** Per-group totals over the rows the grouping keeps. */
export interface FigureTotals {
  count: Int32Array;
  valid: Int32Array;
  sum: Float64Array;
  approximate: Uint8Array;
  /** The first valid reason met in each group, or undefined (as Arquero's `op.any`). */
  reason: unknown[];
}

/**
 * Adds up the figures of each group as Arquero's `op.sum`, `op.valid` and `op.any` would: values
 * in the table's scan order, a value valid when neither null nor NaN, the reason the first valid
 * one met, and a group approximate when any row's flag is truthy.
 */
export function figureTotals(
  table: aq.ColumnTable,
  g: Grouping,
  sources: FigureSources,
): FigureTotals {
  const t: FigureTotals = {
    count: new Int32Array(g.size),
    valid: new Int32Array(g.size),
    sum: new Float64Array(g.size),
    approximate: new Uint8Array(g.size),
    reason: new Array(g.size).fill(undefined),
  };
  const read = (name: string | null) => name === null ? null : columnValues(table, name);
  const value = read(sources.value);
  const approximate = read(sources.approximate);
  const reason = read(sources.missingReason);
  const { keys, scan } = g;
  const { count, valid, sum } = t;
  if (value === null && approximate === null && reason === null) {
    // Rows counted one each, and nothing else to read: one tight loop.
    for (let i = 0; i < scan.length; i++) if (keys[scan[i]] >= 0) count[keys[scan[i]]]++;
    valid.set(count);
    sum.set(count);
    return t;
  }
  for (let i = 0; i < scan.length; i++) {
    const row = scan[i];
    const k = keys[row];
    if (k < 0) continue;
    count[k]++;
    if (value === null) {
      valid[k]++;
      sum[k] += 1;
    } else {
      const v = value[row];
      if (v != null && v === v) {
        valid[k]++;
        sum[k] += +(v as number);
      }
    }
    if (approximate !== null && approximate[row]) t.approximate[k] = 1;
    if (reason !== null && t.reason[k] === undefined) {
      const r = reason[row];
      if (r != null && r === r) t.reason[k] = r;
    }
  }
  return t;
}

/** The sums as a column: null for a group with no valid value. */
export function sums(t: FigureTotals): (number | null)[] {
  return Array.from(t.sum, (s, k) => t.valid[k] > 0 ? s : null);
}

/** The first reasons as a column, null where the group has a valid value. */
export function reasons(t: FigureTotals): unknown[] {
  return t.reason.map((r, k) => t.valid[k] > 0 ? null : r);
}

/** The approximate flags as booleans. */
export function flags(t: FigureTotals): boolean[] {
  return Array.from(t.approximate, (a) => a === 1);
}
