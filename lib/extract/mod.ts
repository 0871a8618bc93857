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
export type * from "../datasets/row_types.ts";
export type { ProvenanceIssue, SeedCheck } from "../data/mod.ts";
