/**
 * danfojs interop: {@linkcode toDanfo} and {@linkcode fromDanfo} copy tables both ways for users
 * who think in pandas. danfojs brings TensorFlow.js with it, so it is imported on first use
 * only, and `lib/mod.ts` does not re-export this module: import it explicitly.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { fromDanfo, toDanfo } from "./danfo.ts";
 *
 * const df = await toDanfo(await load("victim_first_under18"));
 * const largest = df.sortValues("value", { ascending: false }).head(1);
 * const back = await fromDanfo(largest);
 * assert.equal(back.get("value", 0), 572798); // Victim First funding 2022-23
 * ```
 *
 * @module
 */
import { aq } from "../data/arquero.ts";
import { checkTable } from "../format/check_table.ts";
import { describeValue } from "../format/describe_value.ts";

/** A danfojs DataFrame (the type only: danfojs itself loads on first use). */
export type DanfoDataFrame = InstanceType<typeof import("npm:danfojs@1.1.2")["DataFrame"]>;

let loading: Promise<typeof import("npm:danfojs@1.1.2")> | null = null;

// The danfojs module, imported on the first call and shared after it.
function loadDanfo(): Promise<typeof import("npm:danfojs@1.1.2")> {
  loading ??= import("npm:danfojs@1.1.2");
  return loading;
}

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
  checkTable(table, "copy table to danfojs");
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
    const hint = frame instanceof aq.ColumnTable ? " (use toDanfo() to convert it)" : "";
    throw new TypeError(
      `Cannot copy table from danfojs: expected a danfojs DataFrame, got ${
        describeValue(frame)
      }${hint}`,
    );
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
