import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import {
  dictionary,
  float16,
  int32,
  int64,
  tableFromArrays,
  tableToIPC,
  utf8,
} from "@uwdata/flechette";
import { generateReferrals, loadReferrals, writeReferrals } from "../../lib/scale/mod.ts";

const HEADER = "financial_year,quarter,service,age,sex,ethnicity,amount_gbp";

async function csv(text: string): Promise<string> {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/referrals.csv`;
  await Deno.writeTextFile(path, text);
  return path;
}

async function rejects(text: string, kind: ErrorConstructor, message: (file: string) => string) {
  const path = await csv(text);
  await assert.rejects(() => loadReferrals(path), (error: unknown) => {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
    assert.equal(error.message, message(path));
    return true;
  });
}

Deno.test("loadReferrals() reads a CSV: empty numbers are null, quoted cells are unquoted", async () => {
  const path = await csv(
    `${HEADER}\r\n2023-24,Q1,"Victim First",,Female,White,120\r\n` +
      `2023-24,Q2,"Support, and ""Information""",7,Male,Mixed,\r\n`,
  );
  const t = await loadReferrals(path);
  assert.deepEqual(t.objects(), [
    {
      financial_year: "2023-24",
      quarter: "Q1",
      service: "Victim First",
      age: null,
      sex: "Female",
      ethnicity: "White",
      amount_gbp: 120,
    },
    {
      financial_year: "2023-24",
      quarter: "Q2",
      service: 'Support, and "Information"',
      age: 7,
      sex: "Male",
      ethnicity: "Mixed",
      amount_gbp: null,
    },
  ]);
});

Deno.test("loadReferrals() names the file, line, row, column and value of a bad cell", async () => {
  const line = (cells: string) => `${HEADER}\n2023-24,Q1,ISVA,5,Female,White,10\n${cells}\n`;
  await rejects(
    line("2023-24,Q1,ISVA,18,Female,White,10"),
    RangeError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2), column "age": "18" is above the ` +
      "largest allowed, 17",
  );
  await rejects(
    line("2023-24,Q1,ISVA,5,F,White,10"),
    RangeError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2), column "sex": "F" is not one of ` +
      '"Male", "Female", "Unknown"',
  );
  await rejects(
    line("2023-24,Q1,ISVA,5,Female,White,£10"),
    SyntaxError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2), column "amount_gbp": "£10" is not a number`,
  );
  await rejects(
    line("2023/24,Q1,ISVA,5,Female,White,10"),
    RangeError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2), column "financial_year": "2023/24" ` +
      "is not written YYYY-YY (write 2023-24)",
  );
  await rejects(
    line("2023-24,Q1,,5,Female,White,10"),
    RangeError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2), column "service": "" is empty: every ` +
      "referral needs a value here",
  );
  await rejects(
    line("2023-24,Q1,ISVA,5.5,Female,White,10"),
    RangeError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2), column "age": "5.5" is not a whole number`,
  );
  await rejects(
    line("2023-24,Q1,ISVA,5,Female,White"),
    SyntaxError,
    (f) => `Cannot load referrals from "${f}": line 3 (row 2) has 6 cells; the header has 7`,
  );
  await rejects(
    line('2023-24,Q1,"ISVA,5,Female,White,10'),
    SyntaxError,
    (f) =>
      `Cannot load referrals from "${f}": line 3 (row 2) has a quoted cell that does not close ` +
      "on its line",
  );
});

Deno.test("loadReferrals() lists the columns a file lacks", async () => {
  await rejects(
    "financial_year,quarter,service,sex,ethnicity\n2023-24,Q1,ISVA,Female,White\n",
    TypeError,
    (f) =>
      `Cannot load referrals from "${f}": the file lacks the columns "age", "amount_gbp" (a referral ` +
      "extract has financial_year, quarter, service, age, sex, ethnicity, amount_gbp)",
  );
});

Deno.test("loadReferrals() reads back what writeReferrals() wrote, in each format", async () => {
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(3000, { seed: 11 });
  for (const extension of ["csv", "arrow", "parquet"]) {
    const path = await writeReferrals(`${dir}/r.${extension}`, t);
    const back = await loadReferrals(path);
    assert.deepEqual(back.columnNames(), t.columnNames(), extension);
    assert.deepEqual(back.objects(), t.objects(), extension);
  }
});

Deno.test("loadReferrals() checks an Arrow file's types and values", async () => {
  const dir = await Deno.makeTempDir();
  const columns = {
    financial_year: ["2023-24"],
    quarter: ["Q1"],
    service: ["ISVA"],
    age: ["five"],
    sex: ["Female"],
    ethnicity: ["White"],
    amount_gbp: [10],
  };
  const path = `${dir}/bad.arrow`;
  await Deno.writeFile(path, tableToIPC(tableFromArrays(columns), { format: "file" })!);
  await assert.rejects(() => loadReferrals(path), {
    name: "TypeError",
    message: `Cannot load referrals from "${path}": column "age" holds Arrow type Dictionary; ` +
      "expected numbers (Int or Float)",
  });
  const old = `${dir}/old.arrow`;
  const years = { ...columns, age: [4], financial_year: ["2023-24"], ethnicity: ["Purple"] };
  await Deno.writeFile(old, tableToIPC(tableFromArrays(years), { format: "file" })!);
  await assert.rejects(() => loadReferrals(old), {
    name: "RangeError",
    message: `Cannot load referrals from "${old}": row 1, column "ethnicity": "Purple" is not ` +
      'one of "White", "Asian or Asian British", "Black or Black British", "Mixed", ' +
      '"Other ethnic group", "Not provided"',
  });
});

// Half floats are stored as their 16 bits and 64-bit integers as BigInt64Array: both must be
// decoded, not read as the stored numbers.
Deno.test("loadReferrals() decodes an Arrow file's half floats and 64-bit integers", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/wide.arrow`;
  const arrays = {
    financial_year: ["2023-24", "2023-24", "2024-25"],
    quarter: ["Q1", "Q2", "Q3"],
    service: ["ISVA", "SARC", "ISVA"],
    age: [7, 16, null],
    sex: ["Female", "Male", "Female"],
    ethnicity: ["White", "Mixed", "White"],
    amount_gbp: [12.5, null, 300], // all exact in 16 bits
  };
  const arrow = tableFromArrays(arrays, { types: { age: int64(), amount_gbp: float16() } });
  await Deno.writeFile(path, tableToIPC(arrow, { format: "file" })!);
  const t = await loadReferrals(path);
  assert.deepEqual(t.array("amount_gbp"), [12.5, null, 300]);
  assert.deepEqual(t.array("age"), [7, 16, null]);
});

Deno.test("loadReferrals() and writeReferrals() refuse an unknown extension", async () => {
  await assert.rejects(() => loadReferrals("referrals.xlsx"), {
    name: "RangeError",
    message:
      'Cannot load referrals "referrals.xlsx": the extension is not .csv, .arrow or .parquet',
  });
  await assert.rejects(() => writeReferrals("referrals.json", generateReferrals(1)), {
    name: "RangeError",
    message:
      'Cannot write referrals "referrals.json": the extension is not .csv, .arrow or .parquet',
  });
});

Deno.test("loadReferrals() reads decimals exactly and counts cells on every line", async () => {
  const amounts = ["12.50", ".5", "0.1", "123456789.125", "98765.4321", "7"];
  const lines = amounts.map((a) => `2023-24,Q1,ISVA,4,Male,White,${a}`).join("\n");
  const t = await loadReferrals(await csv(`${HEADER}\n${lines}`)); // no final newline
  assert.deepEqual(t.array("amount_gbp"), amounts.map(Number));
  await rejects(
    `${HEADER}\n2023-24,Q1,ISVA,4,Male,White,1,extra\n`,
    SyntaxError,
    (f) => `Cannot load referrals from "${f}": line 2 (row 1) has 8 cells; the header has 7`,
  );
  await rejects(
    `${HEADER}\n2023-24,Q1,ISVA,4,Male,White,1\n\n2023-24,Q1,ISVA,4,Male,White,1\n`,
    SyntaxError,
    (f) => `Cannot load referrals from "${f}": line 3 (row 2) has 1 cells; the header has 7`,
  );
  await rejects(
    `${HEADER}\n2023-24,Q1,ISVA,4,Male,White,1e3\n`,
    SyntaxError,
    (f) =>
      `Cannot load referrals from "${f}": line 2 (row 1), column "amount_gbp": "1e3" is not a number`,
  );
});

Deno.test("a loaded or generated extract filters by a label it does not hold correctly", async () => {
  // Arquero 8 rewrites `!==` against a label missing from a column's dictionary to false; the
  // referral tables' text columns do not offer it that rewrite.
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(500, { seed: 4 });
  await writeReferrals(`${dir}/r.arrow`, t);
  for (const table of [t, await loadReferrals(`${dir}/r.arrow`)]) {
    assert.equal(table.filter((d) => d.sex !== "Not a sex").numRows(), 500);
    assert.equal(table.filter((d) => d.sex === "Not a sex").numRows(), 0);
    const male = (table.array("sex") as string[]).filter((s) => s === "Male").length;
    assert.equal(table.filter((d) => d.sex !== "Male").numRows(), 500 - male);
  }
});

Deno.test("loadReferrals() renumbers an Arrow dictionary to first appearance, unused labels out", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/foreign.arrow`;
  // Two columns sharing one dictionary (id 0), as another tool may write them: the sex column's
  // dictionary then starts with "Unknown", which no row of it uses.
  const shared = dictionary(utf8(), int32(), false, 0);
  const arrays = {
    note: ["Unknown", "Female", "Male"],
    financial_year: ["2023-24", "2023-24", "2023-24"],
    quarter: ["Q1", "Q1", "Q2"],
    service: ["ISVA", "ISVA", "ISVA"],
    age: [1, 2, 3],
    sex: ["Male", "Female", "Male"],
    ethnicity: ["White", "White", "Mixed"],
    amount_gbp: [1, 2, 3],
  };
  const arrow = tableFromArrays(arrays, { types: { note: shared, sex: shared } });
  await Deno.writeFile(path, tableToIPC(arrow, { format: "file" })!);
  const raw = aq.fromArrow(await Deno.readFile(path));
  // Arquero's own reading groups by dictionary code: Unknown (no rows) first, with a count of 0.
  assert.deepEqual(raw.groupby("sex").count().array("sex"), ["Unknown", "Female", "Male"]);
  const t = await loadReferrals(path);
  assert.deepEqual(t.array("sex"), ["Male", "Female", "Male"]);
  assert.deepEqual(t.groupby("sex").count().objects(), [
    { sex: "Male", count: 2 },
    { sex: "Female", count: 1 },
  ]);
});
