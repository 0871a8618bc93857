/**
 * The project's root folder (the one holding `deno.json`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PROJECT_ROOT } from "./mod.ts";
 * assert.ok((await Deno.stat(`${PROJECT_ROOT}deno.json`)).isFile);
 * ```
 */
export const PROJECT_ROOT: string = folder("../../");

/**
 * The folder of tidy datasets, `data/`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DATA_DIR } from "./mod.ts";
 * assert.ok((await Deno.stat(`${DATA_DIR}asb_support.csv`)).isFile);
 * ```
 */
export const DATA_DIR: string = folder("../../data/");

/**
 * The folder of source documents, `seeds/`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SEEDS_DIR } from "./mod.ts";
 * assert.ok((await Deno.stat(`${SEEDS_DIR}manifest.json`)).isFile);
 * ```
 */
export const SEEDS_DIR: string = folder("../../seeds/");

/**
 * The name of the folder inside `seeds/` that holds the user's own documents: the shipped
 * documents' checks leave it to the checks of its own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { USER_SEEDS_FOLDER } from "./mod.ts";
 * assert.equal(USER_SEEDS_FOLDER, "user");
 * ```
 */
export const USER_SEEDS_FOLDER = "user";

/**
 * The folder of the user's own documents, `seeds/user/`: each added with `deno task add`, beside
 * its review file, listed in `seeds/user/manifest.json`. A folder of its own inside `seeds/`, with
 * a manifest and checks of its own: the shipped documents' manifest, checks and extractors leave
 * it alone.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SEEDS_DIR, USER_SEEDS_DIR } from "./mod.ts";
 * assert.equal(USER_SEEDS_DIR, `${SEEDS_DIR}user/`);
 * ```
 */
export const USER_SEEDS_DIR: string = folder(`../../seeds/${USER_SEEDS_FOLDER}/`);

/**
 * The TypeScript file naming the datasets made from the user's documents,
 * `lib/datasets/user_dataset_names.ts`: written by `deno task add --accept` from
 * `seeds/user/manifest.json`, so `load()` takes their names and a misspelt one does not compile.
 * Inside `lib/`, so the toolkit imports nothing from outside its own folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PROJECT_ROOT, USER_DATASET_NAMES_FILE } from "./mod.ts";
 * assert.equal(USER_DATASET_NAMES_FILE, `${PROJECT_ROOT}lib/datasets/user_dataset_names.ts`);
 * ```
 */
export const USER_DATASET_NAMES_FILE: string = folder("../datasets/user_dataset_names.ts");

/**
 * The folder for generated output (findings, report site, benchmarks), `out/`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OUT_DIR, PROJECT_ROOT } from "./mod.ts";
 * assert.equal(OUT_DIR, `${PROJECT_ROOT}out/`);
 * ```
 */
export const OUT_DIR: string = folder("../../out/");

// What node:url's fileURLToPath gives for a file: URL, written out because loading any node:
// module costs about 10 ms of every `deno run` that imports the toolkit.
function folder(relative: string): string {
  const url = new URL(relative, import.meta.url);
  const path = decodeURIComponent(url.pathname);
  if (Deno.build.os !== "windows") return path;
  // file:///C:/x/ is C:\x\ and file://server/share/x/ is \\server\share\x\.
  const local = url.hostname === "" ? path.slice(1) : `//${url.hostname}${path}`;
  return local.replaceAll("/", "\\");
}
