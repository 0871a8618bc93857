import { type DatasetName, DATASETS } from "../datasets/registry.ts";
import type { Dataset } from "../datasets/schema.ts";
import { DatasetError } from "../data/dataset_error.ts";
import { readDataset } from "../data/read_dataset.ts";
import { DATA_DIR, SEEDS_DIR } from "../io/paths.ts";
import { readSeeds } from "../data/read_seeds.ts";
import {
  type ProvenanceIssue,
  type TraceableRow,
  verifyProvenance,
} from "../data/verify_provenance.ts";
import { type SeedCheck, verifySeeds } from "../data/verify_seeds.ts";
import { extractAll } from "./extract_all.ts";

// What readDataset() throws for a file it refuses, as against a fault of the machine.
const REFUSALS = [
  DatasetError,
  Deno.errors.NotFound,
  Deno.errors.IsADirectory,
  TypeError,
  RangeError,
];

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
    const check: DatasetCheck = {
      name: dataset.name,
      rows: null,
      schemaError: null,
      provenance: [],
      drift: true,
    };
    datasets.push(check);
    try {
      // The same reader as load(): the same files refused, with the same messages.
      const rows = await readDataset(dataset, { dir: options.dataDir });
      check.rows = rows.length;
      check.provenance = verifyProvenance(rows as unknown as TraceableRow[], texts);
    } catch (error) {
      if (!(error instanceof Error) || !REFUSALS.some((kind) => error instanceof kind)) throw error;
      check.schemaError = error.message;
      continue;
    }
    // A file that loads is a bounded UTF-8 file, safe to read whole for the comparison.
    const text = await Deno.readTextFile(`${dataDir}${dataset.name}.csv`);
    check.drift = text !== fresh.get(dataset.name as DatasetName);
  }
  const ok = seeds.every((s) => s.ok) &&
    datasets.every((d) => d.schemaError === null && d.provenance.length === 0 && !d.drift);
  return { seeds, datasets, ok };
}
