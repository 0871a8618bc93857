// `deno task ingest` as a user runs it: files in, tidy outputs and a summary out, exit status.
import assert from "node:assert/strict";
import { ROOT, runCli } from "./_nb_cli.ts";

const SEED = `${ROOT}seeds/llr_opcc_foi_0017_24_asb_support.txt`;
const HTML = `${ROOT}tests/fixtures/ingest/html_table.htm`;

const run = (...args: string[]) => runCli("ingest.ts", args);

Deno.test("deno task ingest writes figures and tables per file and prints a summary with checks", async () => {
  const out = await Deno.makeTempDir();
  const { code, stdout, stderr } = await run(SEED, HTML, "--out", out, "--check");
  assert.equal(code, 0, stderr);
  const names = [...Deno.readDirSync(out)].map((e) => e.name).sort();
  assert.deepEqual(names, [
    "html_table.figures.csv",
    "html_table.tables.json",
    "llr_opcc_foi_0017_24_asb_support.figures.csv",
    "llr_opcc_foi_0017_24_asb_support.tables.json",
  ]);
  // FOI 0017/24: 8 table cells with a figure (lines 43-49), 5 empty ones kept as missing
  // (lines 43-47, one column each) and 4 prose figures (lines 38 and 51).
  assert.ok(stdout.includes(`${SEED}: 17 figures, 1 table, 0 warnings`), stdout);
  // Each sub-total's 5 rows, the empty cells among them left out (1,531,941 = 500,000 +
  // 510,862 + 521,079).
  assert.ok(stdout.includes("stated 1531941, computed 1531941 from 5 parts: reproduced"), stdout);
  assert.ok(stdout.includes("check, line 49 (grand_total)"), stdout);
  assert.ok(stdout.includes("computed 2605571 from 2 parts: reproduced"), stdout);
  // html_table.htm: 2 prose figures (lines 8-9) and 4 rows × 3 figure columns.
  assert.ok(stdout.includes(`${HTML}: 14 figures, 1 table, 0 warnings`), stdout);
  const csv = await Deno.readTextFile(`${out}/llr_opcc_foi_0017_24_asb_support.figures.csv`);
  assert.ok(csv.includes("llr_opcc_foi_0017_24_asb_support.txt,51,59,62,105,105,count"), csv);
  await Deno.remove(out, { recursive: true });
});

Deno.test("deno task ingest --format json writes one JSON file per input", async () => {
  const out = await Deno.makeTempDir();
  const { code } = await run(SEED, "--out", out, "--format", "json");
  assert.equal(code, 0);
  const json = JSON.parse(await Deno.readTextFile(`${out}/llr_opcc_foi_0017_24_asb_support.json`));
  assert.equal(json.metadata.reference, "0017/24");
  assert.equal(json.figures.length, 17); // 12 with a figure, 5 empty table cells
  assert.deepEqual(
    json.figures.filter((f: { value: unknown }) => f.value === null)
      .map((f: { line: number; missing_reason: string }) => [f.line, f.missing_reason]),
    [43, 44, 45, 46, 47].map((line) => [line, "Empty cell"]),
  );
  await Deno.remove(out, { recursive: true });
});

Deno.test("deno task ingest exits 1 naming an unreadable file, and still writes the others", async () => {
  const out = await Deno.makeTempDir();
  const { code, stderr } = await run("/no/such/reply.txt", SEED, "--out", out);
  assert.equal(code, 1);
  assert.ok(stderr.startsWith('Cannot read "/no/such/reply.txt": '), stderr);
  assert.ok(Deno.statSync(`${out}/llr_opcc_foi_0017_24_asb_support.figures.csv`).isFile);
  await Deno.remove(out, { recursive: true });
});

Deno.test("deno task ingest gives files named alike outputs named apart, never overwriting one", async () => {
  const dir = await Deno.makeTempDir();
  for (const folder of ["a", "b"]) await Deno.mkdir(`${dir}/${folder}`);
  await Deno.writeTextFile(`${dir}/a/resp.txt`, "Victim Support £411,834");
  await Deno.writeTextFile(`${dir}/b/resp.txt`, "Women's Aid £260,500");
  await Deno.copyFile(HTML, `${dir}/resp.html`);
  const out = `${dir}/out`;
  const { code, stderr } = await run(
    `${dir}/a/resp.txt`,
    `${dir}/b/resp.txt`,
    `${dir}/resp.html`,
    "--out",
    out,
  );
  assert.equal(code, 0, stderr);
  const names = [...Deno.readDirSync(out)].map((e) => e.name).sort();
  assert.deepEqual(names, [
    "a_resp.txt.figures.csv",
    "a_resp.txt.tables.json",
    "b_resp.txt.figures.csv",
    "b_resp.txt.tables.json",
    "resp.html.figures.csv",
    "resp.html.tables.json",
  ]);
  assert.ok((await Deno.readTextFile(`${out}/b_resp.txt.figures.csv`)).includes("260500"));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task ingest refuses the same file given twice before writing anything", async () => {
  const out = `${await Deno.makeTempDir()}/out`;
  const { code, stderr } = await run(SEED, SEED, "--out", out);
  assert.equal(code, 2);
  assert.ok(stderr.startsWith(`Cannot write "${SEED}" and "${SEED}" to one folder`), stderr);
  assert.equal(await Deno.stat(out).then(() => true, () => false), false);
});

Deno.test("deno task ingest exits 2 with the usage for a bad --format, an unknown option or no file", async () => {
  const bad = await run(SEED, "--format", "xml");
  assert.equal(bad.code, 2);
  assert.ok(bad.stderr.startsWith('Cannot use --format "xml": expected csv or json\nUsage:'));
  const unknown = await run(SEED, "--frob");
  assert.equal(unknown.code, 2);
  assert.ok(unknown.stderr.startsWith('Unknown option "--frob"\nUsage:'), unknown.stderr);
  const none = await run();
  assert.equal(none.code, 2);
  assert.ok(none.stderr.startsWith("Cannot ingest: no FILE given\nUsage:"));
});
