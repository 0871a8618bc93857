/**
 * Extraction: turns the source documents in `seeds/` into the tidy datasets in `data/`,
 * deterministically, with the seed file and line of every figure.
 *
 * @module
 */
export * from "./extract_all.ts";
export * from "./write_datasets.ts";
export * from "./llr_foi_0004_24.ts";
export * from "./llr_foi_0017_24.ts";
export * from "./leicester_foi_2020_21.ts";
export * from "./llr_framework_2024_25.ts";
export * from "./notts_foi_2838_15.ts";
export * from "./check_datasets.ts";
// DATASETS is exported as a type only: DatasetName and DatasetRows are read from the registry.
export type {
  AsbSupportRow,
  ChildVictimsAgeRow,
  ChildVictimsEthnicityRow,
  ChildVictimsRow,
  ChildVictimsSexRow,
  CommissioningFiguresRow,
  CommissioningSpendRow,
  ContractTermsRow,
  CouncilDsvBudgetRow,
  DatasetName,
  DatasetRows,
  DATASETS,
  NottinghamshireFundingRow,
  PaediatricSarcRow,
  RowOf,
  VictimFirstContractRow,
  VictimFirstUnder18Row,
} from "../datasets/mod.ts";
export type { ProvenanceIssue, SeedCheck } from "../data/mod.ts";
