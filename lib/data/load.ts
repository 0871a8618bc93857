import { aq } from "./arquero.ts";
import type { Dataset } from "../datasets/schema.ts";
import { type DatasetName, DATASETS, isDatasetName } from "../datasets/registry.ts";
import { readDataset } from "./read_dataset.ts";
import { rowsToTable } from "./rows_to_table.ts";

/** Options for {@linkcode load}. */
export interface LoadOptions {
  /** The folder to read `<name>.csv` from; defaults to the toolkit's `data/`. */
  dir?: string;
}

/**
 * Loads a shipped dataset as a validated Arquero table.
 *
 * Columns come in the schema's order and are typed by it: numbers as numbers, missing values as
 * `null` (with their reason in `missing_reason`), booleans as booleans.
 *
 * @param name The dataset's name (see {@linkcode catalog}).
 * @param options Where to read it from.
 * @returns The table.
 * @throws {RangeError} For a name that is not a dataset, or a file over 1 MiB.
 * @throws {DatasetError} When the file is not UTF-8 or does not match the schema: a malformed,
 * negative or inexact number, a control character, a formula-leading text, a repeated row, no
 * rows at all... (the first 20 problems listed with file, line, column and value; all counted).
 * @throws {Deno.errors.NotFound} When there is no file; {Deno.errors.IsADirectory} for a folder.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * const vf = await load("victim_first_under18");
 * const funding = vf.filter((d) => d.measure === "funding").array("value");
 * assert.deepEqual(funding, [561813, 572798]);
 * ```
 */
export async function load(name: DatasetName, options: LoadOptions = {}): Promise<aq.ColumnTable> {
  const dataset = findDataset(name);
  return rowsToTable(await readDataset(dataset, { dir: options.dir }), dataset);
}

function findDataset(name: string): Dataset {
  if (!isDatasetName(name)) {
    const names = Object.keys(DATASETS).map((n) => `"${n}"`).join(", ");
    throw new RangeError(`Cannot load dataset "${name}": no such dataset (there are ${names})`);
  }
  return DATASETS[name];
}
