import assert from "node:assert/strict";
import { catalog, DatasetError, load } from "../../lib/mod.ts";
import { columnsOf, datasetNames, DATASETS } from "../../lib/datasets/mod.ts";
import { parseDataset } from "../../lib/data/mod.ts";

const fixture = (name: string) => new URL(`../fixtures/datasets/${name}`, import.meta.url);

// assert.throws returns undefined; catch the error ourselves to inspect it.
function catchError(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error("Expected a DatasetError");
}

async function issuesOf(file: string, dataset: keyof typeof DATASETS) {
  const text = await Deno.readTextFile(fixture(file));
  return catchError(() => parseDataset(text, DATASETS[dataset] as never, { file }));
}

Deno.test("load() returns every shipped dataset as a validated Arquero table", async () => {
  for (const name of datasetNames()) {
    const table = await load(name);
    assert.ok(table.numRows() > 0, name);
    assert.deepEqual(table.columnNames(), Object.keys(columnsOf(DATASETS[name])));
  }
});

Deno.test("load() types the columns: numbers, nulls with reasons, booleans", async () => {
  const sarc = await load("paediatric_sarc");
  // FOI 0004-24 line 57: "2021/2022	£20,000	Information held by NHSE ×4"
  const row = sarc.objects()[1] as Record<string, unknown>;
  assert.equal(row.financial_year, "2021-22");
  assert.equal(row.quarter, "Q1");
  assert.equal(row.value, null);
  assert.equal(row.missing_reason, "Information held by NHSE");
  assert.equal(row.approximate, false);
  assert.equal(row.line, 57);
  // line 58: Q4 of 2022/2023 is the one count the OPCC holds: 10
  const q4 = sarc.filter((d) => d.financial_year === "2022-23" && d.quarter === "Q4");
  assert.deepEqual(q4.array("value"), [10]);
});

Deno.test("load() rejects a name that is not a dataset, listing the names there are", async () => {
  await assert.rejects(
    () => load("victims" as never),
    (error: Error) =>
      error instanceof RangeError &&
      /Cannot load dataset "victims": no such dataset \(there are "paediatric_sarc", /.test(
        error.message,
      ),
  );
});

Deno.test("load() names the missing file and how to make it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await assert.rejects(
      () => load("asb_support", { dir }),
      (error: Error) =>
        error instanceof Deno.errors.NotFound &&
        error.message.includes(`no file at ${dir}/asb_support.csv`) &&
        error.message.includes("deno task extract"),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a malformed amount fails with the file, row, line, column and value", async () => {
  const error = await issuesOf("bad_money.csv", "asb_support");
  assert.deepEqual(error.issues, [{
    file: "bad_money.csv",
    row: 1,
    line: 2,
    column: "value",
    value: "12,34",
    message: 'Expected a plain number such as 561813 or 27.5, got "12,34"',
  }]);
  assert.match(
    error.message,
    /^Cannot load dataset "asb_support" from bad_money.csv: 1 problem\n {2}line 2 \(row 1\), column "value": "12,34": Expected a plain number/,
  );
});

Deno.test("an unknown or non-canonical financial year fails, every bad row listed", async () => {
  const error = await issuesOf("bad_financial_year.csv", "victim_first_under18");
  const found = error.issues.map((i) => [i.row, i.column, i.value]);
  assert.deepEqual(found, [
    [1, "financial_year", "2021/22"],
    [2, "financial_year", "2021-20"],
    [2, "quarter", "Q5"],
    [3, "financial_year", "2019-25"],
  ]);
  assert.match(
    error.issues[0].message,
    /Expected the canonical financial year "2021-22", got "2021\/22"/,
  );
  assert.match(error.issues[1].message, /ends before it starts/);
  assert.match(error.issues[3].message, /spans more than one year/);
});

Deno.test("wrong types fail per cell: a boolean, an impossible date, a unit, a line", async () => {
  const error = await issuesOf("wrong_types.csv", "asb_support");
  assert.deepEqual(error.issues.map((i) => [i.row, i.column, i.value]), [
    [1, "approximate", "maybe"],
    [2, "period_end", "2024-09-31"],
    [2, "unit", "people"],
    [2, "line", "fifty"],
  ]);
  assert.match(error.issues[2].message, /Expected one of "GBP", "count", "percent"/);
});

Deno.test("a missing column fails before any row is read", async () => {
  const error = await issuesOf("missing_column.csv", "asb_support");
  assert.deepEqual(error.issues, [{
    file: "missing_column.csv",
    row: null,
    line: 1,
    column: "line",
    value: null,
    message: "Missing column",
  }]);
  assert.match(error.message, /line 1 \(header\), column "line": Missing column/);
});

Deno.test("an extra column fails, naming it and its position", async () => {
  const error = await issuesOf("extra_column.csv", "asb_support");
  assert.deepEqual(error.issues.map((i) => [i.column, i.message]), [
    ["comment", "Unexpected column 14"],
  ]);
});

Deno.test("a short row and a null value without a reason are both reported", async () => {
  const error = await issuesOf("ragged_and_null.csv", "asb_support");
  assert.deepEqual(error.issues.map((i) => [i.row, i.line, i.column, i.message]), [
    [2, 3, null, "Expected 13 cells, got 11"],
    [3, 4, "missing_reason", "A null value needs a missing_reason"],
  ]);
});

Deno.test("catalog() lists every dataset with its seed and columns read from the schema", () => {
  const entries = catalog();
  assert.deepEqual(entries.map((d) => d.name), datasetNames());
  const spend = entries.find((d) => d.name === "commissioning_spend")!;
  assert.equal(spend.file, "data/commissioning_spend.csv");
  const value = spend.columns.find((c) => c.name === "value")!;
  assert.equal(value.type, "number | null");
  assert.match(value.description, /null when the document gives none/);
  for (const entry of entries) {
    for (const column of entry.columns) assert.notEqual(column.description, "", column.name);
  }
});

Deno.test("parseDataset() throws a DatasetError, which is a TypeError", async () => {
  const text = await Deno.readTextFile(fixture("bad_money.csv"));
  assert.throws(() => parseDataset(text, DATASETS.asb_support), TypeError);
});
