import { aq } from "./arquero.ts";
import type { Dataset } from "../datasets/schema.ts";
import { type DatasetName, DATASETS, isDatasetName } from "../datasets/registry.ts";
import { DATA_DIR } from "./paths.ts";
import { datasetFile } from "./_dataset_file.ts";
import { parseDataset } from "./parse_dataset.ts";
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
 * @throws {RangeError} For a name that is not a dataset.
 * @throws {DatasetError} When the file does not match the schema (every bad row is listed).
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
  const dir = options.dir ?? DATA_DIR;
  const path = `${dir.replace(/\/$/, "")}/${dataset.name}.csv`;
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `Cannot load dataset "${name}": no file at ${path} (run \`deno task extract\`)`,
      );
    }
    throw error;
  }
  const file = options.dir === undefined ? datasetFile(dataset.name) : path;
  return rowsToTable(parseDataset(text, dataset, { file }), dataset);
}

function findDataset(name: string): Dataset {
  if (!isDatasetName(name)) {
    const names = Object.keys(DATASETS).map((n) => `"${n}"`).join(", ");
    throw new RangeError(`Cannot load dataset "${name}": no such dataset (there are ${names})`);
  }
  return DATASETS[name];
}
