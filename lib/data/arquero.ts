// Arquero, the table library the toolkit is built on, under the name notebooks use for it. The
// package is pinned in lib/deps.ts; a table from `import * as aq from "npm:arquero@8.0.3"` (or
// from deno.json's "arquero") is the same class, so it works with every function of the toolkit.
import { arquero } from "../deps.ts";

/**
 * Arquero, the table library the toolkit is built on: the package's own module, so `aq.table`,
 * `aq.from`, `aq.op`, `aq.escape`, `aq.desc`, `aq.fromArrow`, `aq.toArrowIPC`... are Arquero's,
 * and `aq.ColumnTable` names the table type. Tables made with a separate
 * `import * as aq from "arquero"` are the same class and work with every function.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 *
 * const t = aq.table({ year: ["2022/23", "2023/24"], spend: [100, 150] }).orderby(aq.desc("year"));
 * assert.deepEqual(t.array("spend"), [150, 100]);
 * assert.equal(t.rollup({ total: aq.op.sum("spend") }).get("total"), 250);
 * assert.ok(t instanceof aq.ColumnTable);
 * ```
 */
export const aq: typeof arquero = arquero;

/** Arquero's classes as types, so `aq.ColumnTable` names a table as it does for the package. */
export declare namespace aq {
  /** A table of named columns; what every Arquero verb takes and returns. */
  export type ColumnTable = arquero.ColumnTable;
  /** The base class of ColumnTable. */
  export type Table = arquero.Table;
  /** A fixed-length set of bits, as Arquero keeps a filter. */
  export type BitSet = arquero.BitSet;
  /** An aggregate reducer, for `table.reduce()`. */
  export type Reducer = arquero.Reducer;
}

/** An Arquero table: what `load()` and every verb of the toolkit take and return. */
export type ColumnTable = arquero.ColumnTable;

/**
 * A column as an Arquero table stores it: an array, a typed array, an Arrow column or a coded
 * column. One with a dictionary (Arrow's, or a coded column's) also offers `groups()`: each row's
 * code and the value of each code, which Arquero's groupby reads instead of the values.
 */
export interface StoredColumn {
  /** The number of rows. */
  length: number;
  /** The value of a row. */
  at(row: number): unknown;
  /** The values as an array, for a column that is not one. */
  toArray?: () => ArrayLike<unknown>;
  /** The rows grouped by the dictionary's codes. */
  groups?: (names: string[]) => {
    keys: ArrayLike<number>;
    get: ((row: number) => unknown)[];
    rows: ArrayLike<number>;
    size: number;
  };
}
