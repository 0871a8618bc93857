/**
 * The bottom of the toolkit, below every other folder: the project's folders (`PROJECT_ROOT`,
 * `DATA_DIR`, `SEEDS_DIR`, `OUT_DIR`), writing a file whole or not at all
 * (`writeFileAtomic()`), and the CSV reader and writer of the datasets (deno-std's).
 *
 * @module
 */
export * from "./paths.ts";
export * from "./write_file_atomic.ts";
export * from "./csv.ts";
