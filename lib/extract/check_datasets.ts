import { type DatasetName, DATASETS } from "../datasets/registry.ts";
import type { Dataset } from "../datasets/schema.ts";
import { DatasetError } from "../data/dataset_error.ts";
import { parseDataset } from "../data/parse_dataset.ts";
import { DATA_DIR, SEEDS_DIR } from "../data/paths.ts";
import { readSeeds } from "../data/read_seeds.ts";
import {
  type ProvenanceIssue,
  type TraceableRow,
  verifyProvenance,
} from "../data/verify_provenance.ts";
import { type SeedCheck, verifySeeds } from "../data/verify_seeds.ts";
import { extractAll } from "./extract_all.ts";

/** The state of one dataset in `data/`. */
export interface DatasetCheck {
  /** The dataset's name. */
  name: string;
  /** Its number of rows, or null when it failed to load. */
  rows: number | null;
  /** Why the file cannot be loaded (it is missing, or does not match its schema), else null. */
  schemaError: string | null;
  /** Rows whose figure cannot be traced to the cited line of the cited seed. */
  provenance: ProvenanceIssue[];
  /** True when the file differs from a fresh extraction from `seeds/`. */
  drift: boolean;
}

/** Everything {@linkcode checkDatasets} found. */
export interface DatasetsReport {
  /** Each seed's bytes against the manifest. */
  seeds: SeedCheck[];
  /** Each dataset. */
  datasets: DatasetCheck[];
  /** True when every seed and every dataset passed. */
  ok: boolean;
}

/** Options for {@linkcode checkDatasets}. */
export interface CheckDatasetsOptions {
  /** The datasets folder; defaults to the toolkit's `data/`. */
  dataDir?: string;
  /** The seeds folder; defaults to the toolkit's `seeds/`. */
  seedsDir?: string;
}

/**
 * Checks the datasets against their schemas and their sources: the seeds' bytes match the
 * manifest, each CSV in `data/` validates, every figure is on its cited line, and `data/` equals a
 * fresh extraction (no drift).
 *
 * @param options Where the datasets and seeds are.
 * @returns What was found, dataset by dataset.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkDatasets } from "./mod.ts";
 * const report = await checkDatasets();
 * assert.equal(report.ok, true);
 * assert.equal(report.datasets.length, 13);
 * ```
 */
export async function checkDatasets(options: CheckDatasetsOptions = {}): Promise<DatasetsReport> {
  const dataDir = (options.dataDir ?? DATA_DIR).replace(/\/?$/, "/");
  const seedsDir = options.seedsDir ?? SEEDS_DIR;
  const seeds = await verifySeeds(seedsDir);
  const texts = await readSeeds(seedsDir);
  const fresh = await extractAll({ seedsDir });
  const datasets: DatasetCheck[] = [];
  for (const dataset of Object.values(DATASETS) as Dataset[]) {
    const path = `${dataDir}${dataset.name}.csv`;
    const text = await Deno.readTextFile(path).catch((error) => {
      if (error instanceof Deno.errors.NotFound) return null;
      throw error;
    });
    const check: DatasetCheck = {
      name: dataset.name,
      rows: null,
      schemaError: null,
      provenance: [],
      drift: text !== fresh.get(dataset.name as DatasetName),
    };
    datasets.push(check);
    if (text === null) {
      check.schemaError = `Cannot load dataset "${dataset.name}": no file at ${path} ` +
        "(run `deno task extract`)";
      continue;
    }
    try {
      // Errors name the file as load() does: data/<name>.csv, or the path in another folder.
      const rows = parseDataset(text, dataset, options.dataDir === undefined ? {} : { file: path });
      check.rows = rows.length;
      check.provenance = verifyProvenance(rows as unknown as TraceableRow[], texts);
    } catch (error) {
      if (!(error instanceof DatasetError || error instanceof SyntaxError)) throw error;
      check.schemaError = error.message;
    }
  }
  const ok = seeds.every((s) => s.ok) &&
    datasets.every((d) => d.schemaError === null && d.provenance.length === 0 && !d.drift);
  return { seeds, datasets, ok };
}
