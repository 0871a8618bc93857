import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { assertRejectsWith } from "../_assert.ts";
import {
  convertReferrals,
  generateReferrals,
  loadReferrals,
  writeReferrals,
} from "../../lib/scale/mod.ts";

Deno.test("convertReferrals() writes Arrow and Parquet copies a batch at a time", async () => {
  const dir = await Deno.makeTempDir();
  // Rows come in time order, so later batches meet financial years the first did not: the Arrow
  // copy adds them to the dictionary as deltas.
  const t = generateReferrals(2500, { seed: 12 });
  await writeReferrals(`${dir}/r.csv`, t);
  const done = await convertReferrals(`${dir}/r.csv`, { batchRows: 700 });
  assert.deepEqual(done, { rows: 2500, files: [`${dir}/r.arrow`, `${dir}/r.parquet`] });
  for (const file of done.files) {
    assert.deepEqual((await loadReferrals(file)).objects(), t.objects());
  }
  // Arquero's own Arrow reader (flechette) reads the batches and their delta dictionaries too.
  const plain = aq.fromArrow(await Deno.readFile(`${dir}/r.arrow`));
  assert.deepEqual(plain.array("financial_year"), t.array("financial_year"));
  assert.deepEqual(plain.array("amount_gbp"), t.array("amount_gbp"));
});

Deno.test("convertReferrals() writes nothing when a cell after the first batch is bad", async () => {
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(1000, { seed: 3 });
  await writeReferrals(`${dir}/r.csv`, t);
  const text = await Deno.readTextFile(`${dir}/r.csv`);
  await Deno.writeTextFile(`${dir}/r.csv`, text + "2024-25,Q5,ISVA,4,Male,White,1\n");
  await assertRejectsWith(
    convertReferrals(`${dir}/r.csv`, { batchRows: 300 }),
    RangeError,
    `Cannot load referrals from "${dir}/r.csv": line 1002 (row 1001), column "quarter": "Q5" is ` +
      'not one of "Q1", "Q2", "Q3", "Q4"',
  );
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["r.csv"]);
});

Deno.test("convertReferrals() writes the copies asked for and refuses bad options", async () => {
  const dir = await Deno.makeTempDir();
  await writeReferrals(`${dir}/r.csv`, generateReferrals(10));
  const only = await convertReferrals(`${dir}/r.csv`, { arrow: null, parquet: `${dir}/p.parquet` });
  assert.deepEqual(only, { rows: 10, files: [`${dir}/p.parquet`] });
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name).sort(), ["p.parquet", "r.csv"]);
  await assertRejectsWith(
    convertReferrals(`${dir}/r.csv`, { arrow: `${dir}/r.parquet` }),
    RangeError,
    `Cannot convert referrals "${dir}/r.csv": the arrow copy "${dir}/r.parquet" does not end .arrow`,
  );
  await assertRejectsWith(
    convertReferrals(`${dir}/r.csv`, { batchRows: 0 }),
    RangeError,
    `Cannot convert referrals "${dir}/r.csv": batchRows 0 is not a whole number from 1`,
  );
  await assertRejectsWith(
    convertReferrals(`${dir}/p.parquet`),
    RangeError,
    `Cannot convert referrals "${dir}/p.parquet": the file is not a .csv`,
  );
});

Deno.test("convertReferrals() widens a column's codes when it meets more than 32,767 labels", async () => {
  // Services have int16 codes in the Arrow copy until a batch takes them past 32,767 labels;
  // then the file is converted again with int32 codes.
  const dir = await Deno.makeTempDir();
  const rows = 40_000;
  const lines = ["financial_year,quarter,service,age,sex,ethnicity,amount_gbp"];
  for (let i = 0; i < rows; i++) lines.push(`2023-24,Q1,Service ${i},4,Male,White,${i}`);
  await Deno.writeTextFile(`${dir}/r.csv`, lines.join("\n"));
  const done = await convertReferrals(`${dir}/r.csv`, { batchRows: 30_000, parquet: null });
  assert.equal(done.rows, rows);
  const t = await loadReferrals(`${dir}/r.arrow`);
  assert.deepEqual(
    t.array("service"),
    Array.from({ length: rows }, (_, i) => `Service ${i}`),
  );
});
