// ingest() on tables laid out as markdown, HTML, space-aligned columns and tab-separated cells.
// Expected values are the fixtures' own (tests/fixtures/ingest/), arithmetic shown.
import assert from "node:assert/strict";
import { ingest } from "../../lib/ingest/mod.ts";
import { cited, figureAt, ingestFixture } from "./_fixtures.ts";

Deno.test("ingest() reads a markdown table: header, typed columns, (£000) scale, percent and total row", () => {
  const result = ingestFixture("markdown_table.md");
  const [table] = result.tables;
  assert.equal(table.format, "markdown");
  assert.deepEqual(table.columns.map((c) => c.type), ["text", "text", "money", "money", "percent"]);
  assert.equal(table.caption, "Table 1: Spend on commissioned victim services");
  // Line 15: "| Victim Assessment and Referral | Victim Support | 412 | 435 | 54.7% |" in £000
  const spend = figureAt(result, 15, "412");
  assert.deepEqual([spend.value, spend.scale, spend.unit], [412 * 1000, 1000, "GBP"]);
  assert.equal(spend.period.financial_year, "2022-23");
  assert.ok(spend.label.includes("Victim Support"), spend.label);
  assert.equal(cited("markdown_table.md", spend), "412");
  assert.equal(figureAt(result, 15, "54.7%").value, 54.7);
  // Line 18: "| **Total** | | 760 | 795 | 100.0% |"
  const total = figureAt(result, 18, "760");
  assert.deepEqual([total.role, total.value, total.label.endsWith("Total")], [
    "total",
    760000,
    true,
  ]);
});

Deno.test("ingest() reads an HTML table with a two-row header, entities, a withheld cell and a totals row", () => {
  const result = ingestFixture("html_table.htm");
  assert.equal(result.metadata.format, "html");
  const [table] = result.tables;
  assert.equal(table.caption, "Referrals to commissioned services and their funding");
  // <th colspan="2">Referrals</th> over <th>2021/22</th><th>2022/23</th>; "Funding<br>(&pound;)"
  assert.deepEqual(table.columns.map((c) => c.name), [
    "Service",
    "Referrals — 2021/22",
    "Referrals — 2022/23",
    "Funding (£)",
  ]);
  assert.deepEqual(table.header.length, 2);
  assert.equal(table.rows[1].cells[0].text, "Children & young people's service");
  // Line 18: <td>&lt;5</td> is withheld, not 5.
  const withheld = figureAt(result, 18, "<5");
  assert.deepEqual([withheld.value, withheld.suppressed, withheld.missing_reason], [
    null,
    true,
    "Suppressed (<5)",
  ]);
  assert.equal(withheld.period.financial_year, "2021-22");
  // Line 17: <td>&pound;310,000</td>, its span on the source line is the entity-encoded cell.
  const idva = figureAt(result, 17, "£310,000");
  assert.equal(idva.value, 310000);
  assert.equal(cited("html_table.htm", idva), "&pound;310,000");
  // Line 22: <tfoot><tr><th>Total</th><td>1,300</td>…
  assert.equal(figureAt(result, 22, "1,449").role, "total");
});

Deno.test("ingest() reads HTML prose outside tables, citing the source line and span of each figure", () => {
  const result = ingestFixture("html_table.htm");
  // Line 8: "In 2022/23 the Council spent &pound;1.2&nbsp;million on domestic abuse services"
  const spend = figureAt(result, 8, "£1.2 million");
  assert.deepEqual([spend.value, spend.scale, spend.label], [
    1200000,
    1e6,
    "domestic abuse services",
  ]);
  assert.equal(cited("html_table.htm", spend), "&pound;1.2&nbsp;million");
  // Line 9 continues the paragraph: "around 40% went on refuge provision."
  const share = figureAt(result, 9, "around 40%");
  assert.deepEqual([share.approximate, share.label, share.period.financial_year], [
    true,
    "refuge provision",
    "2022-23",
  ]);
  const meta = result.metadata;
  assert.deepEqual([meta.reference, meta.date, meta.publisher], [
    "FOI/2023/0456",
    "2023-09-12",
    "Exampleshire County Council",
  ]);
});

Deno.test("ingest() reads HTML rowspan, colspan in the body, <br> and numeric entities", () => {
  const html = `<table>
<tr><th>Area</th><th>Quarter</th><th>Referrals</th></tr>
<tr><td rowspan="2">North&#44; East</td><td>Q1 2023/24</td><td>12</td></tr>
<tr><td>Q2 2023/24</td><td>&#x31;5</td></tr>
<tr><td colspan="2">All areas<br>(both quarters)</td><td>27</td></tr>
</table>`;
  const result = ingest(html, { source: "spans.html" });
  const [table] = result.tables;
  assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [
    ["North, East", "Q1 2023/24", "12"],
    ["North, East", "Q2 2023/24", "15"],
    ["All areas (both quarters)", "All areas (both quarters)", "27"],
  ]);
  const q2 = result.figures.find((f) => f.value === 15)!;
  assert.deepEqual([q2.period.financial_year, q2.period.quarter], ["2023-24", "Q2"]);
  assert.equal(q2.label, "Area: North, East — Referrals");
});

Deno.test("ingest() reads space-aligned columns with a header wrapped over two lines", () => {
  const result = ingestFixture("aligned_columns.txt");
  const [table] = result.tables;
  assert.equal(table.format, "aligned");
  assert.deepEqual(table.columns.map((c) => c.name), [
    "Provider",
    "Service",
    "Grant (£) 2023/24",
    "Victims supported",
  ]);
  assert.deepEqual(table.columns.map((c) => c.type), ["text", "text", "money", "count"]);
  // Line 9: "Women's Aid Exampleshire    Refuge and outreach           260,500           640"
  const grant = figureAt(result, 9, "260,500");
  assert.deepEqual([grant.value, grant.period.financial_year, grant.period.basis], [
    260500,
    "2023-24",
    "stated",
  ]);
  assert.ok(grant.label.includes("Women's Aid Exampleshire"), grant.label);
  // The victims column names no year: it takes the caption's, "Victim services grants 2023/24".
  const victims = figureAt(result, 9, "640");
  assert.deepEqual([victims.period.financial_year, victims.period.basis], ["2023-24", "context"]);
  // Line 11: "Total … 773,750 … 3,957" (412,000 + 260,500 + 101,250 = 773,750)
  assert.equal(figureAt(result, 11, "773,750").role, "total");
});

Deno.test("ingest() reads a tab-separated table with a section row and a blank line inside it", () => {
  const text = "Term\tProject\tSpend\nLong\tVictim First\t500,000\n\nShort\tHelpline\t80,000\n" +
    "TOTAL\t\t580,000\n\nGrants\t\t\nShort\tISVA\t66,000\nTOTAL\t\t66,000\n";
  const result = ingest(text);
  const [table] = result.tables;
  assert.deepEqual(table.rows.map((r) => r.role), [
    "observation",
    "observation",
    "total",
    "section",
    "observation",
    "total",
  ]);
  assert.equal(
    result.figures.find((f) => f.value === 66000 && f.role === "observation")!.label,
    "Grants — Term: Short, Project: ISVA — Spend",
  );
});

Deno.test("ingest() reads the one-cell-per-line layout: a header row of text cells, then rows of cells", () => {
  const text = "Answer:\n\tAge\n\tReferrals\n\n\tUnder 1\n\t4\n\n\t1\n\t7\n\n" +
    "Note: counts are of children.\n\n\tSex\n\tReferrals\n\n\tFemale\n\t9\n";
  const result = ingest(text);
  assert.deepEqual(result.tables.map((t) => [t.format, t.header[0]]), [
    ["cell-lines", ["Age", "Referrals"]],
    ["cell-lines", ["Sex", "Referrals"]],
  ]);
  // The age column is a label, not a count, because of its header: 1 on line 8 is an age.
  assert.deepEqual(result.figures.map((f) => [f.line, f.value, f.label]), [
    [6, 4, "Age: Under 1 — Referrals"],
    [9, 7, "Age: 1 — Referrals"],
    [17, 9, "Sex: Female — Referrals"],
  ]);
});

Deno.test("ingest() reads a table whose cells a conversion ran together with single spaces", () => {
  const text =
    "Grant change by year\n2015/16 2016/17 2017/18\nGovernment Grant -5.1% -4.5% -4.0%\n" +
    "Victims Grant 2.0% 1.5% 0.0%\n";
  const result = ingest(text);
  const [table] = result.tables;
  assert.deepEqual(table.columns.map((c) => [c.name, c.type]), [
    ["", "text"],
    ["2015/16", "percent"],
    ["2016/17", "percent"],
    ["2017/18", "percent"],
  ]);
  const grant = result.figures.filter((f) => f.line === 3);
  assert.deepEqual(grant.map((f) => [f.value, f.period.financial_year, f.label]), [
    [-5.1, "2015-16", "Grant change by year — Government Grant"],
    [-4.5, "2016-17", "Grant change by year — Government Grant"],
    [-4, "2017-18", "Grant change by year — Government Grant"],
  ]);
});

Deno.test("ingest() tells the header of an HTML table without <th> from its cells", () => {
  const html = "<table><tr><td>Year</td><td>Referrals</td></tr>" +
    "<tr><td>2021/22</td><td>1,204</td></tr><tr><td>2022/23</td><td>1,318</td></tr></table>";
  const result = ingest(html);
  assert.deepEqual(result.tables[0].columns.map((c) => [c.name, c.type]), [
    ["Year", "financial_year"],
    ["Referrals", "count"],
  ]);
  assert.deepEqual(result.figures.map((f) => [f.value, f.period.financial_year]), [
    [1204, "2021-22"],
    [1318, "2022-23"],
  ]);
});

Deno.test("ingest() takes a money unit declared in the caption for columns headed by years", () => {
  const text =
    "Funding (£000)\n\n\t2021/22\t2022/23\nVictim Support\t435\t450\nWomen's Aid\t120\t125\n";
  const result = ingest(text);
  assert.deepEqual(result.tables[0].columns.map((c) => [c.type, c.scale]), [
    ["text", 1],
    ["money", 1000],
    ["money", 1000],
  ]);
  const figure = result.figures.find((f) => f.text === "450")!;
  assert.deepEqual([figure.value, figure.unit, figure.period.financial_year], [
    450000,
    "GBP",
    "2022-23",
  ]);
  assert.equal(figure.label, "Funding — Victim Support");
});

Deno.test("ingest() reads pairs such as 10-11 and 12-13 in a column as age bands, not financial years", () => {
  const text = "Victims by age\tReferrals\n10-11\t4\n12-13\t9\n14-15\t17\n";
  const result = ingest(text);
  assert.deepEqual(result.tables[0].columns.map((c) => c.type), ["text", "count"]);
  assert.deepEqual(result.figures.map((f) => [f.value, f.period.financial_year]), [
    [4, null],
    [9, null],
    [17, null],
  ]);
});

Deno.test("ingest() decodes any HTML entity, skips script text and still cites the source column", () => {
  const html = "<p>Caf&eacute; Hub&rsquo;s spend was &pound;1,250 &ndash; see note.</p>" +
    '<script>var x = "£999";</script><p>Half&#8209;year: &frac12; of &pound;500</p>';
  const result = ingest(html, { source: "entities.html" });
  assert.equal(result.metadata.format, "html");
  assert.deepEqual(result.figures.map((f) => [f.value, f.text, f.start]), [
    // A figure written with an entity starts at its "&".
    [1250, "£1,250", html.indexOf("&pound;1,250")],
    [500, "£500", html.indexOf("&pound;500")],
  ]);
  assert.equal(result.figures[0].label, "Café Hub’s spend");
});
