import type { Dataset } from "./dataset.ts";
import { asbSupport, type AsbSupportRow } from "./asb_support.ts";
import { childVictims, type ChildVictimsRow } from "./child_victims.ts";
import { childVictimsAge, type ChildVictimsAgeRow } from "./child_victims_age.ts";
import { childVictimsEthnicity, type ChildVictimsEthnicityRow } from "./child_victims_ethnicity.ts";
import { childVictimsSex, type ChildVictimsSexRow } from "./child_victims_sex.ts";
import { commissioningFigures, type CommissioningFiguresRow } from "./commissioning_figures.ts";
import { commissioningSpend, type CommissioningSpendRow } from "./commissioning_spend.ts";
import { contractTerms, type ContractTermsRow } from "./contract_terms.ts";
import { councilDsvBudget, type CouncilDsvBudgetRow } from "./council_dsv_budget.ts";
import {
  nottinghamshireFunding,
  type NottinghamshireFundingRow,
} from "./nottinghamshire_funding.ts";
import { paediatricSarc, type PaediatricSarcRow } from "./paediatric_sarc.ts";
import { victimFirstContract, type VictimFirstContractRow } from "./victim_first_contract.ts";
import { victimFirstUnder18, type VictimFirstUnder18Row } from "./victim_first_under18.ts";

/** The row type of each shipped dataset, by name. */
export interface DatasetRows {
  /** Rows of `data/paediatric_sarc.csv`. */
  paediatric_sarc: PaediatricSarcRow;
  /** Rows of `data/victim_first_under18.csv`. */
  victim_first_under18: VictimFirstUnder18Row;
  /** Rows of `data/victim_first_contract.csv`. */
  victim_first_contract: VictimFirstContractRow;
  /** Rows of `data/asb_support.csv`. */
  asb_support: AsbSupportRow;
  /** Rows of `data/child_victims.csv`. */
  child_victims: ChildVictimsRow;
  /** Rows of `data/council_dsv_budget.csv`. */
  council_dsv_budget: CouncilDsvBudgetRow;
  /** Rows of `data/child_victims_age.csv`. */
  child_victims_age: ChildVictimsAgeRow;
  /** Rows of `data/child_victims_sex.csv`. */
  child_victims_sex: ChildVictimsSexRow;
  /** Rows of `data/child_victims_ethnicity.csv`. */
  child_victims_ethnicity: ChildVictimsEthnicityRow;
  /** Rows of `data/commissioning_spend.csv`. */
  commissioning_spend: CommissioningSpendRow;
  /** Rows of `data/commissioning_figures.csv`. */
  commissioning_figures: CommissioningFiguresRow;
  /** Rows of `data/contract_terms.csv`. */
  contract_terms: ContractTermsRow;
  /** Rows of `data/nottinghamshire_funding.csv`. */
  nottinghamshire_funding: NottinghamshireFundingRow;
}

/** The name of a shipped dataset. */
export type DatasetName = keyof DatasetRows;

/**
 * Every dataset the toolkit ships, by name, in the order of their source documents.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DATASETS } from "./mod.ts";
 * assert.equal(DATASETS.commissioning_spend.seed, "llr_opcc_commissioning_framework_2024_25.txt");
 * ```
 */
export const DATASETS: { readonly [N in DatasetName]: Dataset<DatasetRows[N]> } = {
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
};

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
