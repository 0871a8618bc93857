/**
 * The bottom of the toolkit, below every other folder: the project's folders (`PROJECT_ROOT`,
 * `DATA_DIR`, `SEEDS_DIR`, `USER_SEEDS_DIR`, `OUT_DIR`) and the file naming the user's datasets
 * (`USER_DATASET_NAMES_FILE`), writing a file whole or not at all (`writeFileAtomic()`), holding
 * a lock on a folder (`withFolderLock()`), the CSV reader and writer of the datasets
 * (deno-std's), SHA-256 (`sha256Hex()`, the platform's) and the type of a JSON value.
 *
 * @module
 */
export * from "./paths.ts";
export * from "./write_file_atomic.ts";
export * from "./with_folder_lock.ts";
export * from "./csv.ts";
export * from "./sha256_hex.ts";
export type * from "./json.ts";
