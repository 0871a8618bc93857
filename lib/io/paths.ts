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
 * The folder of the user's own documents, `sources/`: each added with `deno task add`, beside
 * its review file, listed in `sources/manifest.json`. Kept apart from `seeds/`, whose documents
 * the toolkit ships and checks with extractors of their own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PROJECT_ROOT, SOURCES_DIR } from "./mod.ts";
 * assert.equal(SOURCES_DIR, `${PROJECT_ROOT}sources/`);
 * ```
 */
export const SOURCES_DIR: string = folder("../../sources/");

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
