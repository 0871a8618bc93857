import { readManifest } from "./manifest.ts";
import { SEEDS_DIR } from "../io/paths.ts";

/**
 * Reads the text of every source document the manifest lists.
 *
 * @param dir The seeds folder; defaults to the toolkit's `seeds/`.
 * @returns Each document's text, by file name, in manifest order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSeeds } from "../mod.ts";
 * const seeds = await readSeeds();
 * const framework = seeds.get("llr_opcc_commissioning_framework_2024_25.txt")!;
 * assert.equal(framework.split("\n")[200], "TOTAL\t\t\t\t4,654,011");
 * ```
 */
export async function readSeeds(dir: string = SEEDS_DIR): Promise<Map<string, string>> {
  const base = dir.replace(/\/$/, "");
  const seeds = new Map<string, string>();
  for (const seed of await readManifest(base)) {
    seeds.set(seed.file, await Deno.readTextFile(`${base}/${seed.file}`));
  }
  return seeds;
}
