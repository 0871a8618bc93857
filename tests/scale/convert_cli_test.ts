import assert from "node:assert/strict";
import { generateReferrals, loadReferrals, writeReferrals } from "../../lib/scale/mod.ts";

const CLI = new URL("../../lib/cli/convert.ts", import.meta.url).pathname;

async function convert(...args: string[]) {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CLI, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

Deno.test("deno task convert writes the Arrow and Parquet copies of a referral CSV", async () => {
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(500, { seed: 8 });
  await writeReferrals(`${dir}/x.csv`, t);
  const run = await convert(`${dir}/x.csv`);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Converted 500 referrals from .*x\.csv/);
  assert.deepEqual((await loadReferrals(`${dir}/x.arrow`)).objects(), t.objects());
  assert.deepEqual((await loadReferrals(`${dir}/x.parquet`)).objects(), t.objects());
});

Deno.test("deno task convert fails on a bad extract naming the cell, and on bad usage", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(
    `${dir}/bad.csv`,
    "financial_year,quarter,service,age,sex,ethnicity,amount_gbp\n2023-24,Q5,ISVA,4,Male,White,1\n",
  );
  const bad = await convert(`${dir}/bad.csv`);
  assert.equal(bad.code, 1);
  assert.equal(
    bad.stderr.trim(),
    `Cannot load referrals from "${dir}/bad.csv": line 2 (row 1), column "quarter": "Q5" is not ` +
      'one of "Q1", "Q2", "Q3", "Q4"',
  );
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["bad.csv"]);
  const usage = await convert();
  assert.equal(usage.code, 2);
  assert.equal(usage.stderr.trim(), "Usage: deno task convert FILE.csv [--no-parquet]");
});
