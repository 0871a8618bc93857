import { aq } from "./arquero.ts";
import { columnsOf, type Dataset, type RowOf, type RowSchema } from "../datasets/schema.ts";

/**
 * Builds an Arquero table from typed rows, with one column per schema field in schema order.
 *
 * @param rows Typed rows of the dataset.
 * @param dataset The dataset (for the column order).
 * @returns The table.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { asbSupport } from "../datasets/mod.ts";
 * import { rowsToTable } from "./mod.ts";
 * const t = rowsToTable([], asbSupport);
 * assert.equal(t.numRows(), 0);
 * assert.equal(t.columnNames()[0], "service");
 * ```
 */
export function rowsToTable<S extends RowSchema>(
  rows: readonly RowOf<S>[],
  dataset: Dataset<S>,
): aq.ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const name of Object.keys(columnsOf(dataset))) {
    columns[name] = rows.map((row) => (row as Record<string, unknown>)[name]);
  }
  return aq.table(columns);
}
