import assert from "node:assert/strict";
import { FIGURE_CSV_COLUMNS, figuresToCsv, ingest } from "../../lib/ingest/mod.ts";

Deno.test("figuresToCsv() writes one row per figure with the period flattened into columns", () => {
  const { figures } = ingest("In 2022/23 the PCC spent c£1.2m on victim services.", {
    source: "a.txt",
  });
  const [header, row, end] = figuresToCsv(figures).split("\n");
  assert.equal(header, FIGURE_CSV_COLUMNS.join(","));
  const cells = row.split(",");
  const at = (name: string) => cells[FIGURE_CSV_COLUMNS.indexOf(name)];
  assert.deepEqual([at("value"), at("unit"), at("scale"), at("approximate")], [
    "1200000",
    "GBP",
    "1000000",
    "true",
  ]);
  assert.deepEqual([at("financial_year"), at("period_start"), at("period_end")], [
    "2022-23",
    "2022-04-01",
    "2023-03-31",
  ]);
  assert.deepEqual([at("label"), at("kind"), at("bound"), at("warning")], [
    "victim services",
    "prose",
    "",
    "",
  ]);
  assert.equal(end, "");
});

Deno.test("figuresToCsv() quotes text holding commas and quotes, and writes null as an empty cell", () => {
  const { figures } = ingest('"Referrals" (all ages, both sexes): <5', { source: "b.txt" });
  const row = figuresToCsv(figures).split("\n")[1];
  assert.ok(row.startsWith("b.txt,1,"), row);
  const label = '"""Referrals"" (all ages, both sexes)"';
  assert.ok(row.includes(`,count,1,false,,true,Suppressed (<5),${label},`), row);
});

Deno.test("figuresToCsv() writes only the header for no figures", () => {
  assert.equal(figuresToCsv([]), FIGURE_CSV_COLUMNS.join(",") + "\n");
});
