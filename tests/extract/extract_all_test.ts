import assert from "node:assert/strict";
import { checkDatasets, extractAll, writeDatasets } from "../../lib/extract/mod.ts";
import { DATA_DIR, parseDataset, SEEDS_DIR, verifyProvenance } from "../../lib/data/mod.ts";
import { datasetNames, DATASETS } from "../../lib/datasets/mod.ts";
import { readSeeds } from "../../lib/mod.ts";
import { copySeeds } from "../_seeds.ts";

Deno.test("data/ equals a fresh extraction from seeds/ (no drift)", async () => {
  const fresh = await extractAll();
  assert.deepEqual([...fresh.keys()], datasetNames());
  for (const [name, text] of fresh) {
    assert.equal(await Deno.readTextFile(`${DATA_DIR}${name}.csv`), text, `data/${name}.csv`);
  }
});

Deno.test("extraction is deterministic: two runs give identical bytes", async () => {
  const [a, b] = [await extractAll(), await extractAll()];
  assert.deepEqual(a, b);
});

Deno.test("every figure in data/ is on the cited line of the cited seed and reads as its value", async () => {
  const seeds = await readSeeds();
  for (const name of datasetNames()) {
    const text = await Deno.readTextFile(`${DATA_DIR}${name}.csv`);
    const rows = parseDataset(text, DATASETS[name] as never) as never[];
    assert.deepEqual(verifyProvenance(rows, seeds), [], name);
    for (const row of rows as { seed: string; raw: string | null }[]) {
      assert.ok(seeds.has(row.seed), `${name}: unknown seed ${row.seed}`);
    }
  }
});

Deno.test("verifyProvenance() catches a figure moved to the wrong line", async () => {
  const seeds = await readSeeds();
  // FOI 0004-24 line 79 is "2021/2022\t£561,813\t1351\t…"; line 80 holds 2022/2023's figures.
  const row = {
    seed: "llr_opcc_foi_0004_24_under18_services.txt",
    line: 80,
    raw: "£561,813",
    value: 561813,
    unit: "GBP",
  };
  assert.deepEqual(verifyProvenance([row], seeds), [{
    row: 1,
    seed: row.seed,
    line: 80,
    message: '"£561,813" is not on line 80',
  }]);
});

Deno.test("checkDatasets() passes on the shipped data and reports drift in a changed copy", async () => {
  assert.equal((await checkDatasets()).ok, true);
  const dir = await Deno.makeTempDir();
  try {
    await writeDatasets(dir, await extractAll());
    const path = `${dir}/asb_support.csv`;
    // FOI 0017/24 line 51: "105 referrals"; a copy that says 106 must fail two ways.
    await Deno.writeTextFile(path, (await Deno.readTextFile(path)).replace(",105,", ",106,"));
    const report = await checkDatasets({ dataDir: dir, seedsDir: SEEDS_DIR });
    const asb = report.datasets.find((d) => d.name === "asb_support")!;
    assert.equal(report.ok, false);
    assert.equal(asb.drift, true);
    assert.deepEqual(asb.provenance.map((p) => p.message), ['"105" reads as 105, not 106']);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("checkDatasets() names a missing file and the file a bad one is in", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeDatasets(dir, await extractAll());
    await Deno.remove(`${dir}/asb_support.csv`);
    // Leicester's FOI line 68 gives 1171; written 1,171 without quotes it splits into two cells.
    const path = `${dir}/child_victims.csv`;
    await Deno.writeTextFile(path, (await Deno.readTextFile(path)).replace(",1171,", ",1,171,"));
    const report = await checkDatasets({ dataDir: dir });
    const error = (name: string) => report.datasets.find((d) => d.name === name)!.schemaError;
    assert.equal(
      error("asb_support"),
      `Cannot load dataset "asb_support": no file at ${dir}/asb_support.csv ` +
        "(run `deno task extract`)",
    );
    assert.equal(
      error("child_victims"),
      `Cannot load dataset "child_victims" from ${path}: 1 problem\n` +
        // child_victims has 17 columns: its own 8 and the 9 every figure dataset ends with.
        "  line 8 (row 7): Expected 17 cells, got 18",
    );
    assert.equal(report.ok, false);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeDatasets() leaves no temporary file and replaces files whole", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeDatasets(dir, new Map([["asb_support", "old\n"]]));
    await writeDatasets(dir, new Map([["asb_support", "new\n"], ["child_victims", "x\n"]]));
    const names = [];
    for await (const entry of Deno.readDir(dir)) names.push(entry.name);
    assert.deepEqual(names.sort(), ["asb_support.csv", "child_victims.csv"]);
    assert.equal(await Deno.readTextFile(`${dir}/asb_support.csv`), "new\n");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extraction fails loudly when a seed no longer has what it is read from", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await copySeeds(dir);
    const file = `${dir}/llr_opcc_commissioning_framework_2024_25.txt`;
    const text = await Deno.readTextFile(file);
    await Deno.writeTextFile(file, text.replace("Term\tPriority\tProject", "Term\tArea\tProject"));
    await assert.rejects(
      () => extractAll({ seedsDir: dir }),
      /Cannot extract from "llr_opcc_commissioning_framework_2024_25.txt": no line from 1 matches/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
