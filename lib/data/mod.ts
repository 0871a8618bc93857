/**
 * Loading the tidy datasets as validated Arquero tables, the catalogue of them, and the checks
 * that tie every row to its source document.
 *
 * @module
 */
export * from "./arquero.ts";
export * from "./load.ts";
export * from "./typed_table.ts";
export * from "./catalog.ts";
export * from "./parse_dataset.ts";
export * from "./read_dataset.ts";
export * from "./format_dataset.ts";
export * from "./rows_to_table.ts";
export * from "./dataset_error.ts";
export * from "./manifest.ts";
export * from "./cite.ts";
export * from "./read_seeds.ts";
export * from "./seed_line.ts";
export * from "./verify_seeds.ts";
export * from "./verify_provenance.ts";
// The project's folders, which lib/io holds (below the datasets), for the tests and scripts that
// take them with the loader.
export * from "../io/paths.ts";
export * from "./sources_manifest.ts";
