import { type DatasetName, DATASETS } from "../datasets/registry.ts";
import type { Dataset, RowOf, RowSchema } from "../datasets/schema.ts";
import { asbSupport } from "../datasets/asb_support.ts";
import { childVictims } from "../datasets/child_victims.ts";
import { commissioningSpend } from "../datasets/commissioning_spend.ts";
import { nottinghamshireFunding } from "../datasets/nottinghamshire_funding.ts";
import { paediatricSarc } from "../datasets/paediatric_sarc.ts";
import { formatDataset } from "../data/format_dataset.ts";
import { SEEDS_DIR } from "../io/paths.ts";

import { extractLeicesterFoi202021 } from "./leicester_foi_2020_21.ts";
import { extractLlrFoi000424 } from "./llr_foi_0004_24.ts";
import { extractLlrFoi001724 } from "./llr_foi_0017_24.ts";
import { extractLlrFramework202425 } from "./llr_framework_2024_25.ts";
import { extractNottsFoi283815 } from "./notts_foi_2838_15.ts";

/** Options for {@linkcode extractAll}. */
export interface ExtractAllOptions {
  /** The folder holding the source documents; defaults to the toolkit's `seeds/`. */
  seedsDir?: string;
}

const EXTRACTORS: readonly [
  string,
  (seed: string, text: string) => Record<string, RowOf<RowSchema>[]>,
][] = [
  [paediatricSarc.seed, extractLlrFoi000424 as never],
  [asbSupport.seed, extractLlrFoi001724 as never],
  [childVictims.seed, extractLeicesterFoi202021 as never],
  [commissioningSpend.seed, extractLlrFramework202425 as never],
  [nottinghamshireFunding.seed, extractNottsFoi283815 as never],
];

/**
 * Extracts every dataset from the source documents and encodes each as CSV text.
 *
 * Nothing is written: the caller decides where (see {@linkcode writeDatasets}). Every row is
 * validated against its dataset's schema; a bad row fails the whole extraction.
 *
 * @param options Where the source documents are.
 * @returns The CSV text of each dataset, by name, in catalogue order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractAll } from "./mod.ts";
 * const csv = await extractAll();
 * assert.equal(csv.size, 13);
 * assert.ok(csv.get("victim_first_under18")!.includes("561813"));
 * ```
 */
export async function extractAll(
  options: ExtractAllOptions = {},
): Promise<Map<DatasetName, string>> {
  const dir = (options.seedsDir ?? SEEDS_DIR).replace(/\/?$/, "/");
  const rows = new Map<string, RowOf<RowSchema>[]>();
  for (const [seed, extract] of EXTRACTORS) {
    const text = await Deno.readTextFile(`${dir}${seed}`);
    for (const [name, extracted] of Object.entries(extract(seed, text))) rows.set(name, extracted);
  }
  const out = new Map<DatasetName, string>();
  for (const dataset of Object.values(DATASETS) as Dataset[]) {
    const extracted = rows.get(dataset.name);
    if (extracted === undefined) {
      throw new RangeError(`Cannot extract dataset "${dataset.name}": no extractor yields it`);
    }
    out.set(dataset.name as DatasetName, formatDataset(extracted, dataset));
  }
  return out;
}
