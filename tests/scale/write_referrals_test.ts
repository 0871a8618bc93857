import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { generateReferrals, writeReferrals } from "../../lib/scale/mod.ts";

Deno.test("writeReferrals() writes CSV with the header and quotes only where needed", async () => {
  const dir = await Deno.makeTempDir();
  const t = aq.table({
    financial_year: ["2023-24"],
    quarter: ["Q1"],
    service: ["Support, Information"],
    age: [null],
    sex: ["Female"],
    ethnicity: ["White"],
    amount_gbp: [12.5],
  });
  await writeReferrals(`${dir}/r.csv`, t);
  assert.equal(
    await Deno.readTextFile(`${dir}/r.csv`),
    "financial_year,quarter,service,age,sex,ethnicity,amount_gbp\n" +
      '2023-24,Q1,"Support, Information",,Female,White,12.5\n',
  );
});

Deno.test("writeReferrals() replaces a file whole and leaves it untouched when writing fails", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/r.csv`;
  await writeReferrals(path, generateReferrals(10));
  const before = await Deno.readTextFile(path);
  const t = generateReferrals(200_000);
  // A column that fails part way through, after the first chunk of rows is on disk.
  const failing = {
    length: t.numRows(),
    at(row: number) {
      if (row === 150_000) throw new Error("disk unplugged");
      return row % 10;
    },
    *[Symbol.iterator]() {},
  };
  await assert.rejects(() => writeReferrals(path, t.assign({ age: failing })), {
    message: "disk unplugged",
  });
  assert.equal(await Deno.readTextFile(path), before);
  const left = [...Deno.readDirSync(dir)].map((e) => e.name);
  assert.deepEqual(left, ["r.csv"]); // no temporary file left behind
});
