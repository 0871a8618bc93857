import { DATASETS } from "../datasets/registry.ts";
import { columnsOf, type Dataset } from "../datasets/schema.ts";
import { userDataset } from "../datasets/user_dataset.ts";
import { datasetFile } from "./_dataset_file.ts";
import { readSourcesManifestSync } from "./sources_manifest.ts";

/** A column of a dataset, as the catalogue describes it. */
export interface ColumnInfo {
  /** The column's name. */
  name: string;
  /** Its type once loaded: string, number, integer, boolean, financial year, date, or labels. */
  type: string;
  /** What the column holds. */
  description: string;
}

/** A dataset, as the catalogue describes it. */
export interface DatasetInfo {
  /** The name to pass to {@linkcode load}. */
  name: string;
  /** A short title. */
  title: string;
  /** What it holds and what to mind. */
  description: string;
  /** The source document: a file in `seeds/`, or in `seeds/user/` for a user dataset. */
  seed: string;
  /** The CSV file, relative to the project root. */
  file: string;
  /** The columns, in order. */
  columns: ColumnInfo[];
}

/** Options for {@linkcode catalog}. */
export interface CatalogOptions {
  /**
   * The folder of the user's documents, whose manifest lists their datasets; default
   * `seeds/user/`.
   */
  userSeeds?: string;
}

/**
 * Lists the datasets the toolkit ships, with their source document and columns, then the datasets
 * made from the user's documents with `deno task add --accept` (listed in `seeds/user/manifest.json`).
 *
 * The column list is read from each dataset's schema, so it cannot drift from what `load` checks.
 *
 * @param options Where the user's documents are.
 * @returns One entry per dataset, shipped ones in the order of their source documents, then the
 *   user's in the order they were added.
 * @throws {TypeError} When `seeds/user/manifest.json` does not match its schema.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { catalog } from "../mod.ts";
 * const spend = catalog().find((d) => d.name === "commissioning_spend");
 * assert.equal(spend?.seed, "llr_opcc_commissioning_framework_2024_25.txt");
 * assert.ok(spend?.columns.some((c) => c.name === "provider"));
 * ```
 */
export function catalog(options: CatalogOptions = {}): DatasetInfo[] {
  const user = readSourcesManifestSync(options.userSeeds).flatMap((entry) =>
    entry.accepted === null
      ? []
      : [userDataset({ ...entry, name: entry.id, title: entry.accepted.title })]
  );
  return [...Object.values(DATASETS) as Dataset[], ...user].map((dataset) => ({
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    seed: dataset.seed,
    file: datasetFile(dataset.name),
    columns: Object.entries(columnsOf(dataset)).map(([name, field]) => {
      const meta = field.meta() ?? {};
      return {
        name,
        type: String(meta.type ?? "string"),
        description: String(meta.description ?? ""),
      };
    }),
  }));
}
