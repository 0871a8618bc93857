// Private to lib/analysis: coding one column's values as small integers for _groups.ts, and
// reading a column's values by stored row.
import type { aq } from "../data/arquero.ts";

/** A column's code per stored row, and the value each code stands for. */
export interface ColumnCodes {
  name: string;
  codes: ArrayLike<number>;
  /** Maps raw codes to dense ones when the raw codes may repeat a value; else null. */
  remap: Int32Array | null;
  values: unknown[];
}

// Codes one column: from its dictionary when it has one (Arquero's `groups` protocol, as
// Arrow dictionary columns and coded columns offer), else through a Map of its values.
export function codeColumn(
  table: aq.ColumnTable,
  name: string,
  stored: ArrayLike<number>,
): ColumnCodes | null {
  const column = table.column(name) as unknown as ColumnLike;
  if (typeof column.groups === "function") {
    const g = column.groups([name]);
    const values: unknown[] = [];
    const seen = new Map<unknown, number>();
    const remap = new Int32Array(g.size);
    for (let k = 0; k < g.size; k++) {
      const value = g.get[0](g.rows[k]);
      if (!isPlain(value)) return null;
      let code = seen.get(value);
      if (code === undefined) seen.set(value, code = values.push(value) - 1);
      remap[k] = code;
    }
    return { name, codes: g.keys, remap, values };
  }
  const data = columnValues(table, name);
  const codes = new Int32Array(table.totalRows());
  const seen = new Map<unknown, number>();
  const values: unknown[] = [];
  for (let i = 0; i < stored.length; i++) {
    const row = stored[i];
    const value = data[row];
    let code = seen.get(value);
    if (code === undefined) {
      if (!isPlain(value)) return null;
      seen.set(value, code = values.push(value) - 1);
    }
    codes[row] = code;
  }
  return { name, codes, remap: null, values };
}

interface ColumnLike {
  groups?: (names: string[]) => {
    keys: ArrayLike<number>;
    get: ((row: number) => unknown)[];
    rows: ArrayLike<number>;
    size: number;
  };
  toArray?: () => ArrayLike<unknown>;
}

// Values a Map keys the way Arquero's groupby does (by value, not by identity).
function isPlain(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

/** A column's values indexable by stored row (plain arrays and typed arrays as they are). */
export function columnValues(table: aq.ColumnTable, name: string): ArrayLike<unknown> {
  const column = table.column(name) as unknown as ColumnLike & ArrayLike<unknown>;
  if (Array.isArray(column) || ArrayBuffer.isView(column)) return column;
  return (column.toArray?.() ?? Array.from(column as unknown as Iterable<unknown>)) as ArrayLike<
    unknown
  >;
}
