/**
 * The bottom of the toolkit, below every other folder: the project's folders (`PROJECT_ROOT`,
 * `DATA_DIR`, `SEEDS_DIR`, `SOURCES_DIR`, `OUT_DIR`), writing a file whole or not at all
 * (`writeFileAtomic()`), the CSV reader and writer of the datasets (deno-std's), and SHA-256
 * (`sha256Hex()`, the platform's).
 *
 * @module
 */
export * from "./paths.ts";
export * from "./write_file_atomic.ts";
export * from "./csv.ts";
export * from "./sha256_hex.ts";
