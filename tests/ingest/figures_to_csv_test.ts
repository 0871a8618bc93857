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

Deno.test("figuresToCsv() writes text a spreadsheet would run as a formula after a quote, as OWASP advises", () => {
  const [figure] = ingest("Victim Support £411,834", { source: "c.txt" }).figures;
  const written: [string, string][] = [
    ['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
    ["+1+2", `"'+1+2"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tA", `"'\tA"`],
    ["\rA", `"'\rA"`],
  ];
  for (const [label, cell] of written) {
    const row = figuresToCsv([{ ...figure, label }]).split("\n").slice(1).join("\n");
    // The label follows "suppressed" (false) and "missing_reason" (empty).
    assert.ok(row.includes(`,false,,${cell},`), `${label}: ${row}`);
  }
});

Deno.test("figuresToCsv() keeps a negative number a number, and neutralises only its text", () => {
  const [figure] = ingest("Variance: -£5,000", { source: "d.txt" }).figures;
  assert.deepEqual([figure.value, figure.text], [-5000, "-£5,000"]);
  const cells = figuresToCsv([figure]).split("\n")[1];
  const at = (name: string) => FIGURE_CSV_COLUMNS.indexOf(name);
  // "-£5,000" holds a comma, so it is one quoted cell: split around it.
  const [before, text, after] = cells.split('"');
  assert.deepEqual([before.split(",").length - 1, text], [at("text"), "'-£5,000"]);
  assert.equal(after.split(",")[at("value") - at("text")], "-5000");
});
