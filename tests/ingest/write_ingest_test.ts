import assert from "node:assert/strict";
import { checkTotals, ingest, writeIngest } from "../../lib/ingest/mod.ts";

const text = "Year\tReferrals\n2021/22\t352\n2022/23\t510\nTotal\t862\n";

Deno.test("writeIngest() writes figures as CSV and metadata, tables and warnings as JSON", async () => {
  const dir = await Deno.makeTempDir();
  const result = ingest(text, { source: "docs/reply.txt" });
  const paths = await writeIngest(result, `${dir}/out`);
  assert.deepEqual(paths, [`${dir}/out/reply.figures.csv`, `${dir}/out/reply.tables.json`]);
  const csv = await Deno.readTextFile(paths[0]);
  assert.equal(csv.trimEnd().split("\n").length, 1 + 3);
  const json = JSON.parse(await Deno.readTextFile(paths[1]));
  assert.deepEqual(Object.keys(json), ["metadata", "tables", "warnings"]);
  assert.equal(json.tables[0].rows[2].role, "total");
  const names = [...Deno.readDirSync(`${dir}/out`)].map((e) => e.name).sort();
  assert.deepEqual(names, ["reply.figures.csv", "reply.tables.json"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeIngest() writes one JSON file with everything, checks included, for format json", async () => {
  const dir = await Deno.makeTempDir();
  const result = ingest(text, { source: "reply.txt" });
  const paths = await writeIngest(result, dir, { format: "json", checks: checkTotals(result) });
  assert.deepEqual(paths, [`${dir}/reply.json`]);
  const json = JSON.parse(await Deno.readTextFile(paths[0]));
  assert.deepEqual(Object.keys(json), ["metadata", "tables", "figures", "warnings", "checks"]);
  assert.equal(json.checks[0].status, "reproduced");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeIngest() replaces an existing output whole and leaves no temporary file", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/reply.figures.csv`, "old");
  await writeIngest(ingest(text, { source: "reply.txt" }), dir);
  assert.ok((await Deno.readTextFile(`${dir}/reply.figures.csv`)).startsWith("source,line"));
  assert.equal([...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".tmp")).length, 0);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeIngest() rejects an unknown format with a RangeError naming it", async () => {
  await assert.rejects(
    () => writeIngest(ingest(text), "/tmp", { format: "xml" as "csv" }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot write ingest output as "xml": expected csv or json',
  );
});
