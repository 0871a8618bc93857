import type { aq } from "../data/arquero.ts";
import { type DanfoDataFrame, describe, isArqueroTable, loadDanfo } from "./_danfo.ts";

export type { DanfoDataFrame } from "./_danfo.ts";

/**
 * Copies an Arquero table into a danfojs DataFrame, for users who know pandas. danfojs (and the
 * TensorFlow.js it brings) is imported on the first call, so the toolkit never loads it unless
 * asked.
 *
 * Columns keep their order (even names like `"2021"`, which a plain object would move first),
 * values are copied as they are, and `undefined` becomes `null`. danfojs labels a column that is
 * all null, or boolean with nulls, `float32`; the values themselves are not converted.
 *
 * @param table The table.
 * @returns A new DataFrame with the same columns, in order, and rows.
 * @throws {TypeError} When the argument is not an Arquero table.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { toDanfo } from "./danfo.ts";
 *
 * const df = await toDanfo(await load("victim_first_under18"));
 * assert.equal(df.columns[0], "service");
 * assert.deepEqual(df.shape, [10, 13]); // the observations: 2 funding figures, 8 quarters
 * ```
 */
export async function toDanfo(table: aq.ColumnTable): Promise<DanfoDataFrame> {
  if (!isArqueroTable(table)) {
    throw new TypeError(`toDanfo() expects an Arquero table, got ${describe(table)}`);
  }
  const { DataFrame } = await loadDanfo();
  const names = table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<unknown>);
  // Rows, not an object of columns: danfojs relabels an object's values in key order, which
  // moves integer-like names and would pair values with the wrong names.
  const rows: unknown[][] = [];
  for (let i = 0; i < table.numRows(); i++) {
    rows.push(columns.map((column) => column[i] ?? null));
  }
  return new DataFrame(rows, { columns: names });
}
