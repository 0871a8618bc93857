import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { DATA_DIR, OUT_DIR, PROJECT_ROOT, SEEDS_DIR } from "../../lib/io/mod.ts";

// lib/io/paths.ts converts its URLs itself, to keep node: modules out of the toolkit's import;
// node:url's fileURLToPath is the reference.
Deno.test("PROJECT_ROOT, DATA_DIR, SEEDS_DIR and OUT_DIR are the project's folders as paths", async () => {
  const folder = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
  assert.equal(PROJECT_ROOT, folder("../../"));
  assert.equal(DATA_DIR, folder("../../data/"));
  assert.equal(SEEDS_DIR, folder("../../seeds/"));
  assert.equal(OUT_DIR, folder("../../out/"));
  assert.ok((await Deno.stat(`${PROJECT_ROOT}deno.json`)).isFile);
});
