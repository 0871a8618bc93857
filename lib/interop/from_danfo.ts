import { aq } from "../data/arquero.ts";
import { type DanfoDataFrame, describe, loadDanfo } from "./_danfo.ts";

/**
 * Copies a danfojs DataFrame into an Arquero table, so a result computed in danfojs can go back
 * into the toolkit. danfojs is imported on the first call.
 *
 * Columns keep their order; danfojs's missing values (`NaN`, `undefined`) become `null`, the
 * toolkit's one way of writing "missing" (add a reason column if the table needs one).
 *
 * @param frame The DataFrame.
 * @returns A new table with the same columns, in order, and rows.
 * @throws {TypeError} When the argument is not a danfojs DataFrame.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { fromDanfo, toDanfo } from "./danfo.ts";
 *
 * const table = await load("child_victims_ethnicity");
 * const back = await fromDanfo(await toDanfo(table));
 * assert.deepEqual(back.objects(), table.objects());
 * ```
 */
export async function fromDanfo(frame: DanfoDataFrame): Promise<aq.ColumnTable> {
  const { NDframe } = await loadDanfo();
  // danfojs's own operations return its base DataFrame class, not the one it exports, so the
  // check is for a two-dimensional NDframe.
  if (!(frame instanceof NDframe) || (frame as { ndim?: number }).ndim !== 2) {
    throw new TypeError(`fromDanfo() expects a danfojs DataFrame, got ${describe(frame)}`);
  }
  const names = frame.columns;
  const columns: Record<string, unknown[]> = {};
  for (const name of names) {
    const values = frame.shape[0] === 0 ? [] : frame.column(name).values as unknown[];
    columns[name] = values.map((v) =>
      v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : v
    );
  }
  return aq.table(columns, names);
}
