import assert from "node:assert/strict";
import { DATA_DIR, formatDataset, parseDataset } from "../../lib/data/mod.ts";
import { DatasetError } from "../../lib/mod.ts";
import { columnsOf, datasetNames, DATASETS } from "../../lib/datasets/mod.ts";

// FOI 0017/24 line 51: "105 referrals were made to the service for victims of ASB".
const ASB_REFERRALS = {
  service: "Victim First",
  period_start: "2023-10-01",
  period_end: "2024-09-30",
  measure: "referrals" as const,
  value: 105,
  unit: "count" as const,
  approximate: false,
  bound: null,
  missing_reason: null,
  role: "observation" as const,
  raw: "105",
  seed: "llr_opcc_foi_0017_24_asb_support.txt",
  line: 51,
};

Deno.test("formatDataset() and parseDataset() round-trip every shipped dataset exactly", async () => {
  for (const name of datasetNames()) {
    const dataset = DATASETS[name] as never;
    const text = await Deno.readTextFile(`${DATA_DIR}${name}.csv`);
    const rows = parseDataset(text, dataset);
    assert.equal(formatDataset(rows, dataset), text, name);
  }
});

Deno.test("parseDataset() reads CRLF line ends and quoted cells with commas and quotes", () => {
  const row = { ...ASB_REFERRALS, service: 'Victim "First", LLR', period_start: null };
  const text = formatDataset([row], DATASETS.asb_support);
  assert.equal(text.split("\n")[1].slice(0, 26), '"Victim ""First"", LLR",,2');
  assert.deepEqual(parseDataset(text.replaceAll("\n", "\r\n"), DATASETS.asb_support), [row]);
});

Deno.test("formatDataset() refuses a line break in a cell: each record is one line", () => {
  const row = { ...ASB_REFERRALS, service: "Victim First\nteam" };
  assert.throws(
    () => formatDataset([row], DATASETS.asb_support),
    (error: Error) =>
      error instanceof DatasetError &&
      error.message.includes(
        'column "service": "Victim First\nteam": Expected plain text, got a control character ' +
          "(U+000A) at character 13",
      ),
  );
});

Deno.test("parseDataset() reports an unclosed quote at the line it opens on", () => {
  const header = Object.keys(columnsOf(DATASETS.asb_support)).join(",");
  assert.throws(
    () => parseDataset(`${header}\n"Victim First,2023-10-01\n`, DATASETS.asb_support),
    (error: Error) =>
      error instanceof DatasetError &&
      error.message ===
        'Cannot load dataset "asb_support" from data/asb_support.csv: 1 problem\n' +
          '  line 2 (row 1): Cannot read the line as CSV: extraneous or missing " in ' +
          "quoted-field (a cell may not span lines)",
  );
});

Deno.test("formatDataset() refuses a row that breaks the schema, listing every bad row", () => {
  const good = ASB_REFERRALS;
  const error = (() => {
    try {
      formatDataset([good, { ...good, value: null }, { ...good, line: -1 }], DATASETS.asb_support);
    } catch (error) {
      return error;
    }
  })();
  assert.ok(error instanceof DatasetError);
  assert.deepEqual(error.issues.map((i) => [i.row, i.column]), [
    [2, "missing_reason"],
    [3, "line"],
  ]);
});
