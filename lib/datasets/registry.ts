import type { Dataset, RowOf } from "./schema.ts";
import { asbSupport } from "./asb_support.ts";
import { childVictims } from "./child_victims.ts";
import { childVictimsAge } from "./child_victims_age.ts";
import { childVictimsEthnicity } from "./child_victims_ethnicity.ts";
import { childVictimsSex } from "./child_victims_sex.ts";
import { commissioningFigures } from "./commissioning_figures.ts";
import { commissioningSpend } from "./commissioning_spend.ts";
import { contractTerms } from "./contract_terms.ts";
import { councilDsvBudget } from "./council_dsv_budget.ts";
import { nottinghamshireFunding } from "./nottinghamshire_funding.ts";
import { paediatricSarc } from "./paediatric_sarc.ts";
import { victimFirstContract } from "./victim_first_contract.ts";
import { victimFirstUnder18 } from "./victim_first_under18.ts";

/**
 * Every dataset the toolkit ships, by name, in the order of their source documents.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DATASETS } from "./mod.ts";
 * assert.equal(DATASETS.commissioning_spend.seed, "llr_opcc_commissioning_framework_2024_25.txt");
 * ```
 *
 * @ignore
 */
export const DATASETS = {
  paediatric_sarc: paediatricSarc,
  victim_first_under18: victimFirstUnder18,
  victim_first_contract: victimFirstContract,
  asb_support: asbSupport,
  child_victims: childVictims,
  council_dsv_budget: councilDsvBudget,
  child_victims_age: childVictimsAge,
  child_victims_sex: childVictimsSex,
  child_victims_ethnicity: childVictimsEthnicity,
  commissioning_spend: commissioningSpend,
  commissioning_figures: commissioningFigures,
  contract_terms: contractTerms,
  nottinghamshire_funding: nottinghamshireFunding,
} as const satisfies Record<string, Dataset>;

/** The name of a shipped dataset. */
export type DatasetName = keyof typeof DATASETS;

/** The row type of each shipped dataset, by name: what its schema decodes a CSV row to. */
export type DatasetRows = { [N in DatasetName]: RowOf<(typeof DATASETS)[N]["schema"]> };

/** The rows of some datasets, by name: what the extractor of their document yields. */
export type DatasetRowLists<N extends DatasetName> = { [K in N]: DatasetRows[K][] };

/**
 * The names of the shipped datasets, in the order of their source documents.
 *
 * @returns The names.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { datasetNames } from "./mod.ts";
 * assert.equal(datasetNames()[0], "paediatric_sarc");
 * ```
 */
export function datasetNames(): DatasetName[] {
  return Object.keys(DATASETS) as DatasetName[];
}

/**
 * Says whether a name is a shipped dataset's.
 *
 * @param name Any text.
 * @returns True for a dataset name.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isDatasetName } from "./mod.ts";
 * assert.equal(isDatasetName("asb_support"), true);
 * assert.equal(isDatasetName("toString"), false);
 * ```
 */
export function isDatasetName(name: string): name is DatasetName {
  return Object.hasOwn(DATASETS, name);
}
