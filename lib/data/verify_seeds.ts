import { readManifest, type SeedInfo } from "./manifest.ts";
import { SEEDS_DIR, USER_SEEDS_FOLDER } from "../io/paths.ts";
import { sha256Hex } from "../io/sha256_hex.ts";

/** The check of one source document (its `file` in `seeds/`) against the manifest. */
export interface SeedCheck extends Pick<SeedInfo, "file"> {
  /** True when its bytes hash to the manifest's SHA-256 and it has the recorded size. */
  ok: boolean;
  /** The SHA-256 the manifest records. */
  expected: string;
  /** The SHA-256 of the file now, or null when the file is missing. */
  actual: string | null;
}

/**
 * Checks every source document's bytes against the SHA-256 in `seeds/manifest.json`, and that
 * `seeds/` holds no document the manifest does not list. The folder `seeds/user/` is the user's
 * own documents, with a manifest and checks of their own (`deno task add`), so it is not listed
 * here.
 *
 * @param dir The seeds folder; defaults to the toolkit's `seeds/`.
 * @returns One check per document, and one failing check per unlisted file.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { verifySeeds } from "./mod.ts";
 * const checks = await verifySeeds();
 * assert.ok(checks.every((c) => c.ok));
 * ```
 */
export async function verifySeeds(dir: string = SEEDS_DIR): Promise<SeedCheck[]> {
  const base = dir.replace(/\/$/, "");
  const manifest = await readManifest(base);
  const checks: SeedCheck[] = [];
  for (const seed of manifest) {
    let actual: string | null = null;
    try {
      actual = await sha256Hex(await Deno.readFile(`${base}/${seed.file}`));
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
    checks.push({ file: seed.file, ok: actual === seed.sha256, expected: seed.sha256, actual });
  }
  for await (const entry of Deno.readDir(base)) {
    if (entry.name === "manifest.json" || manifest.some((s) => s.file === entry.name)) continue;
    if (entry.isDirectory && entry.name === USER_SEEDS_FOLDER) continue;
    checks.push({ file: entry.name, ok: false, expected: "(not in the manifest)", actual: null });
  }
  return checks;
}
