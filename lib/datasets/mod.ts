/**
 * The datasets the toolkit extracts from its source documents: one zod schema per dataset (the
 * schema is the row type), and the registry of them all.
 *
 * @module
 */
export * from "./schema.ts";
export * from "./registry.ts";
export * from "./paediatric_sarc.ts";
export * from "./victim_first_under18.ts";
export * from "./victim_first_contract.ts";
export * from "./asb_support.ts";
export * from "./child_victims.ts";
export * from "./council_dsv_budget.ts";
export * from "./child_victims_age.ts";
export * from "./child_victims_sex.ts";
export * from "./child_victims_ethnicity.ts";
export * from "./commissioning_spend.ts";
export * from "./commissioning_figures.ts";
export * from "./contract_terms.ts";
export * from "./nottinghamshire_funding.ts";
export * from "./council_service.ts";
export * from "./user_dataset.ts";
