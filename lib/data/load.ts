import type { Dataset } from "../datasets/schema.ts";
import type { CatalogOptions } from "./catalog.ts";
import { userDataset, type UserDatasetRow } from "../datasets/user_dataset.ts";
import type { UserDatasetName } from "../datasets/user_dataset_names.ts";
import { readSourcesManifest } from "./sources_manifest.ts";
import {
  type DatasetName,
  type DatasetRows,
  DATASETS,
  isDatasetName,
} from "../datasets/registry.ts";
import { readDataset } from "./read_dataset.ts";
import { rowsToTable } from "./rows_to_table.ts";
import type { TypedTable } from "./typed_table.ts";

/** Options for {@linkcode load}; `userSeeds`, the folder of the user's documents, as `catalog()`'s. */
export interface LoadOptions extends CatalogOptions {
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
 * The name of a dataset `load()` takes: one the toolkit ships, or one made from a document in
 * `seeds/user/` with `deno task add --accept`.
 */
export type LoadableName = DatasetName | UserDatasetName;

/** The row type of a dataset by name: a shipped dataset's own, or {@linkcode UserDatasetRow}. */
export type LoadedRow<N extends LoadableName> = N extends DatasetName ? DatasetRows[N]
  : UserDatasetRow;

/**
 * Loads a dataset as a validated Arquero table, typed by the dataset's schema: one the toolkit
 * ships, or one made from a user's document with `deno task add --accept` (listed in
 * `seeds/user/manifest.json`, typed by `UserDatasetRow`).
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
export async function load<N extends LoadableName>(
  name: N,
  options: LoadOptions = {},
): Promise<TypedTable<LoadedRow<N>>> {
  const dataset = await findDataset(name, options.userSeeds);
  const rows = await readDataset(dataset, { dir: options.dir });
  const kept = options.stated === true
    ? rows
    : rows.filter((row) => !("role" in row) || row.role === "observation");
  return rowsToTable(kept, dataset) as TypedTable<LoadedRow<N>>;
}

async function findDataset(name: string, userSeeds: string | undefined): Promise<Dataset> {
  if (isDatasetName(name)) return DATASETS[name];
  const accepted = (await readSourcesManifest(userSeeds)).filter((s) => s.accepted !== null);
  const entry = accepted.find((s) => s.id === name);
  if (entry !== undefined) return userDataset({ ...entry, name, title: entry.accepted!.title });
  const names = [...Object.keys(DATASETS), ...accepted.map((s) => s.id)].map((n) => `"${n}"`);
  throw new RangeError(
    `Cannot load dataset "${name}": no such dataset (there are ${names.join(", ")})`,
  );
}
