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

Deno.test("parseDataset() reads CRLF line ends and quoted cells with commas, quotes and newlines", () => {
  const row = {
    ...ASB_REFERRALS,
    service: 'Victim "First", LLR\nteam',
    period_start: null,
    period_end: null,
  };
  const text = formatDataset([row], DATASETS.asb_support);
  assert.ok(text.includes('"Victim ""First"", LLR\nteam"'));
  assert.deepEqual(
    parseDataset(
      text.replaceAll("\n", "\r\n").replace("LLR\r\nteam", "LLR\nteam"),
      DATASETS.asb_support,
    ),
    [row],
  );
});

Deno.test("parseDataset() rejects an unclosed quote with the file and line", () => {
  const header = Object.keys(columnsOf(DATASETS.asb_support)).join(",");
  assert.throws(
    () => parseDataset(`${header}\n"Victim First,2023-10-01\n`, DATASETS.asb_support),
    new SyntaxError(
      'Cannot read CSV "data/asb_support.csv": quoted cell opened on line 2 never closes',
    ),
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
