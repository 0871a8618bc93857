/**
 * Where `deno task nb run` and `deno task reproduce` keep the execution cache: `.cache/notebooks/`
 * in the project, or the folder in the environment variable `NB_CACHE_DIR` (the tests give each
 * run a folder of its own).
 *
 * @module
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/paths.ts";

/** The execution cache's folder. */
export function notebookCacheDir(): string {
  return Deno.env.get("NB_CACHE_DIR") || join(PROJECT_ROOT, ".cache", "notebooks");
}
