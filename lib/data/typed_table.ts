// The row type of a table, for the compiler only: at run time a TypedTable is the Arquero
// ColumnTable it always was. Arquero's methods return `this`, so a subtype cannot say that
// select() or rollup() changes the rows; an intersection can: TypedMethods' signatures come
// first and win, and any call they do not type falls back to Arquero's own.
import type { aq } from "./arquero.ts";

/**
 * A row as Arquero gives it once a verb has reshaped the table (`select`, `rollup`, `count`,
 * `join`...): column name to value, of any type, as in Arquero's own types.
 */
// deno-lint-ignore no-explicit-any
export type RowObject = Record<string, any>;

/** A function of a row and the table's parameters, as `filter()` and `derive()` take. */
export type RowExpr<Row> = (d: Row, $: RowObject) => unknown;

/**
 * The methods of a {@linkcode TypedTable} that know its row type. Verbs that keep the rows keep
 * the type; `derive()` adds its columns; verbs that reshape the table return {@linkcode RowObject}
 * rows.
 */
export interface TypedMethods<Row> {
  /** The rows as objects. */
  objects(options?: Parameters<aq.ColumnTable["objects"]>[0]): Row[];
  /** One row as an object (the first by default). */
  object(row?: number): Row;
  /** The values of one column. */
  array<K extends keyof Row & string>(name: K): Row[K][];
  /** One value of one column (of the first row by default). */
  get<K extends keyof Row & string>(name: K, row?: number): Row[K];
  /** The rows, for `for ... of`. */
  [Symbol.iterator](): Iterator<Row>;
  /** The rows for which a predicate is true. */
  filter(criteria: RowExpr<Row> | string): TypedTable<Row>;
  /** The rows sorted by columns, `aq.desc()` keys or functions. */
  orderby(...keys: (keyof Row & string | RowExpr<Row> | object)[]): TypedTable<Row>;
  /** The rows grouped by columns or functions, for `rollup()`, `count()` and window functions. */
  groupby(...keys: (keyof Row & string | RowExpr<Row> | object)[]): TypedTable<Row>;
  /** The table with values for `$` in expressions. */
  params(values: RowObject): TypedTable<Row>;
  /** The table without its grouping. */
  ungroup(): TypedTable<Row>;
  /** The table without its order. */
  unorder(): TypedTable<Row>;
  /** A slice of the rows. */
  slice(start?: number, end?: number): TypedTable<Row>;
  /** A sample of the rows. */
  sample(...args: Parameters<aq.ColumnTable["sample"]>): TypedTable<Row>;
  /** The distinct rows, by all columns or the given keys. */
  dedupe(...keys: Parameters<aq.ColumnTable["dedupe"]>): TypedTable<Row>;
  /** The table with its filter and order applied to new columns. */
  reify(indices?: number[]): TypedTable<Row>;
  /** The table with missing values filled. */
  impute(...args: Parameters<aq.ColumnTable["impute"]>): TypedTable<Row>;
  /** The rows of this table and others with the same columns. */
  concat(...tables: Parameters<aq.ColumnTable["concat"]>): TypedTable<Row>;
  /** The rows with a match in another table. */
  semijoin(...args: Parameters<aq.ColumnTable["semijoin"]>): TypedTable<Row>;
  /** The rows with no match in another table. */
  antijoin(...args: Parameters<aq.ColumnTable["antijoin"]>): TypedTable<Row>;
  /** New columns from expressions; the row type gains them (their type unknown). */
  derive<V extends Parameters<aq.ColumnTable["derive"]>[0]>(
    values: V,
    options?: Parameters<aq.ColumnTable["derive"]>[1],
  ): TypedTable<Omit<Row, keyof V> & { [K in keyof V]: RowObject[string] }>;
  /** Some columns: the rows are {@linkcode RowObject}s. */
  select(...columns: Parameters<aq.ColumnTable["select"]>): TypedTable<RowObject>;
  /** Aggregates, per group if grouped: the rows are {@linkcode RowObject}s. */
  rollup(values?: Parameters<aq.ColumnTable["rollup"]>[0]): TypedTable<RowObject>;
  /** Counts, per group if grouped: the rows are {@linkcode RowObject}s. */
  count(options?: Parameters<aq.ColumnTable["count"]>[0]): TypedTable<RowObject>;
  /** Columns renamed: the rows are {@linkcode RowObject}s. */
  rename(...columns: Parameters<aq.ColumnTable["rename"]>): TypedTable<RowObject>;
  /** Columns moved: the rows are {@linkcode RowObject}s. */
  relocate(...args: Parameters<aq.ColumnTable["relocate"]>): TypedTable<RowObject>;
  /** Columns folded into key-value pairs: the rows are {@linkcode RowObject}s. */
  fold(...args: Parameters<aq.ColumnTable["fold"]>): TypedTable<RowObject>;
  /** Key-value pairs pivoted into columns: the rows are {@linkcode RowObject}s. */
  pivot(...args: Parameters<aq.ColumnTable["pivot"]>): TypedTable<RowObject>;
  /** Values looked up in another table: the rows are {@linkcode RowObject}s. */
  lookup(...args: Parameters<aq.ColumnTable["lookup"]>): TypedTable<RowObject>;
  /** Joined with another table: the rows are {@linkcode RowObject}s. */
  join(...args: Parameters<aq.ColumnTable["join"]>): TypedTable<RowObject>;
  /** Left-joined with another table: the rows are {@linkcode RowObject}s. */
  join_left(...args: Parameters<aq.ColumnTable["join_left"]>): TypedTable<RowObject>;
  /** Right-joined with another table: the rows are {@linkcode RowObject}s. */
  join_right(...args: Parameters<aq.ColumnTable["join_right"]>): TypedTable<RowObject>;
  /** Fully joined with another table: the rows are {@linkcode RowObject}s. */
  join_full(...args: Parameters<aq.ColumnTable["join_full"]>): TypedTable<RowObject>;
}

/**
 * An Arquero table whose rows have the type `Row`, as `load()` returns it: `.objects()`,
 * `.object(i)`, `.array(column)`, `.get(column)` and the function given to `filter()` see the
 * dataset's columns, so a misspelt column or a wrong type does not compile. It stays typed
 * through `filter`, `orderby`, `groupby`, `params` and the other verbs that keep the rows.
 *
 * At run time it is an Arquero `ColumnTable` (`instanceof aq.ColumnTable`), so every function of
 * the toolkit and of Arquero takes it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load, type TypedTable, type VictimFirstUnder18Row } from "../mod.ts";
 * const vf: TypedTable<VictimFirstUnder18Row> = await load("victim_first_under18");
 * const funding = vf.filter((d) => d.measure === "funding").objects();
 * // FOI 0004-24 line 79: £561,813 in 2021/22
 * const first: number | null = funding[0].value;
 * assert.equal(first, 561813);
 * ```
 */
export type TypedTable<Row> = TypedMethods<Row> & aq.ColumnTable;
