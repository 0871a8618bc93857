import type { Dataset } from "../datasets/schema.ts";
import {
  type DatasetName,
  type DatasetRows,
  DATASETS,
  isDatasetName,
} from "../datasets/registry.ts";
import { readDataset } from "./read_dataset.ts";
import { rowsToTable } from "./rows_to_table.ts";
import type { TypedTable } from "./typed_table.ts";

/** Options for {@linkcode load}. */
export interface LoadOptions {
  /**
   * Also return the figures the document states from others — totals, sub-totals, grand totals
   * and percentages (`role` other than `"observation"`) — as `reconcile()` and `budgetShares()`
   * check the observations against them; default false: observations only, safe to sum.
   */
  stated?: boolean;
  /** The folder to read `<name>.csv` from; defaults to the toolkit's `data/`. */
  dir?: string;
}

/**
 * Loads a shipped dataset as a validated Arquero table, typed by the dataset's schema.
 *
 * The table holds the observations, so a plain sum, `groupby().rollup()` or chart counts each
 * figure once. The totals, sub-totals, grand totals and percentages a document states are kept
 * apart, with the same provenance columns: `load(name, { stated: true })` returns them beside
 * the observations, told apart by `role`, for `reconcile()`, `budgetShares()` and citing them.
 *
 * Columns come in the schema's order and are typed by it: numbers as numbers, missing values as
 * `null` (with their reason in `missing_reason`), booleans as booleans. Rows are typed too
 * ({@linkcode TypedTable}): a misspelt column in `filter()` or on a row does not compile.
 *
 * @param name The dataset's name (see {@linkcode catalog}).
 * @param options Whether to include stated figures; where to read the file from.
 * @returns The table.
 * @throws {RangeError} For a name that is not a dataset, or a file over 1 MiB.
 * @throws {DatasetError} When the file is not UTF-8 or does not match the schema: a malformed,
 * negative or inexact number, a control character, a formula-leading text, a repeated row, no
 * rows at all... (the first 20 problems listed with file, line, column and value; all counted).
 * @throws {Deno.errors.NotFound} When there is no file; {Deno.errors.IsADirectory} for a folder.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq, load } from "../mod.ts";
 * const spend = await load("commissioning_spend");
 * // Commissioning Framework lines 201 and 221: the stated TOTALs, £4,654,011 and £2,020,226.
 * const total = spend.rollup({ total: aq.op.sum("value") }).get("total");
 * assert.equal(total, 4654011 + 2020226);
 * const stated = await load("commissioning_spend", { stated: true });
 * assert.deepEqual(stated.filter((d) => d.role === "total").array("value"), [4654011, 2020226]);
 * ```
 */
export async function load<N extends DatasetName>(
  name: N,
  options: LoadOptions = {},
): Promise<TypedTable<DatasetRows[N]>> {
  const dataset = findDataset(name);
  const rows = await readDataset(dataset, { dir: options.dir });
  const kept = options.stated === true
    ? rows
    : rows.filter((row) => !("role" in row) || row.role === "observation");
  return rowsToTable(kept, dataset) as TypedTable<DatasetRows[N]>;
}

function findDataset(name: string): Dataset {
  if (!isDatasetName(name)) {
    const names = Object.keys(DATASETS).map((n) => `"${n}"`).join(", ");
    throw new RangeError(`Cannot load dataset "${name}": no such dataset (there are ${names})`);
  }
  return DATASETS[name];
}
