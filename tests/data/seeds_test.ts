import assert from "node:assert/strict";
import { readManifest, readSeeds } from "../../lib/mod.ts";
import { extractAll } from "../../lib/extract/mod.ts";
import { SEEDS_DIR, verifySeeds } from "../../lib/data/mod.ts";
import { copySeeds } from "../_seeds.ts";

Deno.test("every source document matches the SHA-256 its manifest records", async () => {
  const checks = await verifySeeds();
  assert.equal(checks.length, 5);
  for (const check of checks) assert.equal(check.actual, check.expected, check.file);
});

Deno.test("verifySeeds() catches one changed byte and an unlisted file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await copySeeds(dir);
    const file = "llr_opcc_foi_0017_24_asb_support.txt";
    const bytes = await Deno.readFile(`${dir}/${file}`);
    // Line 43 reads "2024-2025\t£500,000": turn one 0 into a 1, as a careless edit would.
    const at = new TextDecoder().decode(bytes).indexOf("500,000");
    bytes[at + 2] = "1".charCodeAt(0);
    await Deno.writeFile(`${dir}/${file}`, bytes);
    await Deno.writeTextFile(`${dir}/notes.txt`, "scratch");
    const checks = await verifySeeds(dir);
    assert.deepEqual(
      checks.filter((c) => !c.ok).map((c) => c.file).sort(),
      [file, "notes.txt"],
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the manifest names publisher, reference, date and the Open Government Licence", async () => {
  const seeds = await readManifest();
  assert.deepEqual(seeds.map((s) => [s.reference, s.date]), [
    ["FOI 0004-24", "2024-02-23"], // line 12 "Our ref: 0004-24", line 14 "Date: 23 February 2024"
    ["FOI 0017/24", "2024-11-19"], // line 10 "Our ref: 0017/24", line 12 "Date: 19 November 2024"
    ["FOI/EIR response: child victims of abuse, 2020-21", null], // undated
    ["Commissioning Framework 2024-25", null], // line 3, undated
    ["FOI 2838/15", "2015-04-27"], // line 3 "Our Ref: 2838/15", line 5 "27 April 2015"
  ]);
  for (const seed of seeds) {
    assert.equal(seed.licence, "Open Government Licence v3.0");
    const bytes = await Deno.readFile(`${SEEDS_DIR}${seed.file}`);
    assert.equal(bytes.length, seed.bytes, seed.file);
  }
});

Deno.test("the seeds are byte for byte the originals in ../shared/seeds, when present", async () => {
  const shared = new URL("../../../shared/seeds/", import.meta.url);
  const present = await Deno.stat(shared).then(() => true, () => false);
  if (!present && Deno.env.get("CI") === "true") {
    assert.fail("../shared/seeds is missing: CI must clone the project beside ../shared");
  }
  if (!present) return;
  for (const seed of await readManifest()) {
    const original = await Deno.readFile(new URL(seed.original, shared));
    const copy = await Deno.readFile(`${SEEDS_DIR}${seed.file}`);
    assert.deepEqual(copy, original, seed.file);
  }
});

Deno.test("the shipped seeds' checks leave the user's documents in seeds/user/ to their own", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await copySeeds(dir);
    // A user's document, its review file and its own manifest, as `deno task add` writes them.
    await Deno.mkdir(`${dir}/user`);
    await Deno.writeTextFile(`${dir}/user/reply.txt`, "In 2023/24 we made 214 referrals.\n");
    await Deno.writeTextFile(`${dir}/user/reply.review.csv`, "figure,accept\n");
    await Deno.writeTextFile(`${dir}/user/manifest.json`, "[]\n");
    const checks = await verifySeeds(dir);
    assert.equal(checks.length, 5);
    assert.ok(checks.every((c) => c.ok));
    assert.equal((await readSeeds(dir)).size, 5);
    assert.deepEqual(await extractAll({ seedsDir: dir }), await extractAll());
    // Any other folder in seeds/ is not in the manifest, and is reported.
    await Deno.mkdir(`${dir}/drafts`);
    assert.deepEqual((await verifySeeds(dir)).filter((c) => !c.ok).map((c) => c.file), ["drafts"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
