import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { assertRejectsWith } from "../_assert.ts";
import { generateReferrals, loadReferrals, writeReferrals } from "../../lib/scale/mod.ts";

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

Deno.test("writeReferrals() writes a filtered or empty table's rows in its order, in each format", async () => {
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(400, { seed: 6 });
  const male = t.filter((d) => d.sex === "Male").orderby("amount_gbp");
  for (const extension of ["arrow", "parquet"]) {
    for (const [name, table] of [["male", male], ["empty", generateReferrals(0)]] as const) {
      const back = await loadReferrals(await writeReferrals(`${dir}/${name}.${extension}`, table));
      assert.deepEqual(back.objects(), table.objects(), `${name}.${extension}`);
    }
  }
  assert.ok(male.numRows() > 100); // 45% are Male (lib/scale/_synthetic.ts)
});

Deno.test("writeReferrals() refuses a number column holding NaN or text, naming the file", async () => {
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(3, { seed: 1 });
  await assertRejectsWith(
    writeReferrals(`${dir}/r.arrow`, t.assign({ age: [1, NaN, 3] })),
    TypeError,
    `Cannot write referrals to "${dir}/r.arrow": row 2, column "age": NaN is not a number or null`,
  );
  await assertRejectsWith(
    writeReferrals(`${dir}/r.parquet`, t.assign({ amount_gbp: [1, 2, "3"] })),
    TypeError,
    `Cannot write referrals to "${dir}/r.parquet": row 3, column "amount_gbp": "3" is not a ` +
      "number or null",
  );
  assert.deepEqual([...Deno.readDirSync(dir)], []);
});
