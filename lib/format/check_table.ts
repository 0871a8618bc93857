import { arquero } from "../deps.ts";
import { describeValue } from "./describe_value.ts";

/**
 * Checks that an argument is an Arquero table, with the error every function taking a table
 * gives: `Cannot show table: expected an Arquero table, got a Promise (did you forget await?)`.
 * The one table-argument check for display, charts and analysis; a table from any import of the
 * same Arquero passes.
 *
 * @param value The argument.
 * @param action What could not be done, for the message: `"show table"`, `"build bar chart"`.
 * @param options Which argument it is, for a function taking two tables.
 * @throws {TypeError} When the value is not an Arquero table; the message names what it is.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { checkTable } from "./mod.ts";
 * checkTable(aq.table({ a: [1] }), "show table");
 * assert.throws(() => checkTable(Promise.resolve(aq.table({})), "show table"), {
 *   name: "TypeError",
 *   message: "Cannot show table: expected an Arquero table, got a Promise (did you forget await?)",
 * });
 * ```
 */
export function checkTable(
  value: unknown,
  action: string,
  options: CheckTableOptions = {},
): asserts value is arquero.ColumnTable {
  if (value instanceof arquero.ColumnTable) return;
  const as = options.argument === undefined ? "" : ` as ${options.argument}`;
  throw new TypeError(
    `Cannot ${action}: expected an Arquero table${as}, got ${describeValue(value)}`,
  );
}

/** Options for {@linkcode checkTable}. */
export interface CheckTableOptions {
  /** Which argument the table is, when there are two: `"its second argument"`. */
  argument?: string;
}
