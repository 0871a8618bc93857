// Private to lib/analysis: grouping a large table's rows by integer codes over typed arrays, the
// fast path under the verbs' first rollup. Groups are numbered in order of first appearance in
// the table's stored order, as Arquero's groupby numbers them, so a verb's output is the same
// table whichever path made it. Arquero's generic groupby builds a string key per row; here a
// dictionary-encoded column gives its codes for free and any other column is coded once through
// a Map, then the codes are combined arithmetically.
import type { aq } from "../data/arquero.ts";
import { codeColumn, type ColumnCodes } from "./_column_codes.ts";

/** A grouping key: a column of the table, or codes computed per stored row with their values. */
export type KeySpec = string | { name: string; codes: Int32Array; values: unknown[] };

/** Rows grouped: `keys[row]` is the group of each stored row, -1 for a row left out. */
export interface Grouping {
  keys: Int32Array;
  size: number;
  /** The output columns: each key's value for each group, in group order. */
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

/**
 * Groups the table's rows by the keys, or returns null when a key holds a value the fast path
 * does not code the way Arquero does (an object, array or date), so the caller uses the verbs.
 * Rows `keep` rejects are left out, as if filtered away first.
 */
export function groupRows(
  table: aq.ColumnTable,
  keys: readonly KeySpec[],
  keep: ((row: number) => boolean) | null = null,
): Grouping | null {
  const stored = storedRows(table);
  const scan = table.isOrdered() ? table.indices() : stored;
  const coded: ColumnCodes[] = [];
  for (const key of keys) {
    const c = typeof key === "string" ? codeColumn(table, key, stored) : { ...key, remap: null };
    if (c === null) return null;
    coded.push(c);
  }
  const out = new Int32Array(table.totalRows()).fill(-1);
  const first: number[] = [];
  if (coded.length === 0) {
    // Arquero's rollup without groups gives one row even for an empty table.
    for (let i = 0; i < stored.length; i++) {
      if (keep === null || keep(stored[i])) out[stored[i]] = 0;
    }
    return { keys: out, size: 1, columns: {}, scan };
  }
  if (!combine(coded, stored, out, first, keep)) return null;
  const columns: Record<string, unknown[]> = {};
  for (const c of coded) {
    columns[c.name] = first.map((row) => c.values[dense(c, row)]);
  }
  return { keys: out, size: first.length, columns, scan };
}

function dense(c: ColumnCodes, row: number): number {
  return c.remap === null ? c.codes[row] : c.remap[c.codes[row]];
}

// Gives each row the number of its combination of codes, numbered by first appearance. The
// combination is a mixed-radix number built one column at a time (one tight loop per column).
function combine(
  coded: ColumnCodes[],
  stored: ArrayLike<number>,
  out: Int32Array,
  first: number[],
  keep: ((row: number) => boolean) | null,
): boolean {
  const product = coded.reduce((p, c) => p * Math.max(c.values.length, 1), 1);
  if (product > 2 ** 52) return false;
  const acc = product < 2 ** 31 ? new Int32Array(out.length) : new Float64Array(out.length);
  for (const c of coded) {
    if (c.remap === null) addPlain(acc, stored, c.codes, c.values.length);
    else addMapped(acc, stored, c.codes, c.remap, c.values.length);
  }
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
  return true;
}

function addPlain(
  acc: Int32Array | Float64Array,
  stored: ArrayLike<number>,
  codes: ArrayLike<number>,
  size: number,
): void {
  for (let i = 0; i < stored.length; i++) {
    const row = stored[i];
    acc[row] = acc[row] * size + codes[row];
  }
}

function addMapped(
  acc: Int32Array | Float64Array,
  stored: ArrayLike<number>,
  codes: ArrayLike<number>,
  remap: Int32Array,
  size: number,
): void {
  for (let i = 0; i < stored.length; i++) {
    const row = stored[i];
    acc[row] = acc[row] * size + remap[codes[row]];
  }
}
