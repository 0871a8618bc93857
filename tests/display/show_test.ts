import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { aq, load } from "../../lib/data/mod.ts";
import { show } from "../../lib/display/mod.ts";

function html(value: ReturnType<typeof show>): string {
  return String(value.bundle["text/html"]);
}

function plain(value: ReturnType<typeof show>): string {
  return String(value.bundle["text/plain"]);
}

Deno.test("show() writes Table 1's TOTAL row as £4,654,011", async () => {
  const out = show(await load("commissioning_spend", { stated: true }));
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 201
  const totalRow = html(out).split("\n").find((row) => row.includes(">total<"));
  assert.ok(totalRow?.includes('<td class="n">£4,654,011</td>'), String(totalRow));
  assert.match(plain(out), /^commissioned .*£4,654,011 .* total .* 201$/m);
});

Deno.test("show() counts the rows and says how many it leaves out", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  // Table 1: 47 commissioned rows and their TOTAL (lines 153-201, none on 177), 17 grants and
  // their TOTAL (lines 204-221): 66 rows; the dataset has 15 columns.
  const out = show(spend);
  assert.ok(html(out).includes("… 16 more rows"));
  assert.ok(html(out).includes("<p>66 rows × 15 columns; showing the first 50</p>"));
  assert.ok(plain(out).includes("… 16 more rows\n66 rows × 15 columns; showing the first 50"));
  const all = show(spend, { maxRows: 100 });
  assert.ok(html(all).includes("£2,020,226")); // line 221
  assert.ok(html(all).includes("<p>66 rows × 15 columns</p>"));
  assert.ok(!html(all).includes("more row"));
});

Deno.test("show() writes an empty value as its symbol with its missing_reason as tooltip", async () => {
  const spend = (await load("commissioning_spend", { stated: true })).filter((d) => d.line === 165);
  const out = show(spend, { columns: ["project", "value"] });
  // line 165: Adults Safeguarding Board, an empty cell
  assert.ok(html(out).includes('<td class="n na" title="Empty cell">[x]</td>'));
  assert.match(plain(out), /Adults Safeguarding Board\s+\[x\]/);
  assert.match(plain(out), /^Symbols: \[x\] = not available$/m);
});

Deno.test("show() follows each row's unit: pounds, a percentage, and years", async () => {
  const budget = html(show(await load("council_dsv_budget", { stated: true })));
  // seeds/leicester_council_foi_child_victims_2020_21.txt lines 93 and 97
  assert.ok(budget.includes(">£705,672<"));
  assert.ok(budget.includes(">£186,945<"));
  // "roughly 27%" (line 97), written to the one fixed decimal of every percentage, estimated
  assert.ok(budget.includes(">27.0% [e]<"));
  assert.ok(budget.includes("[e] = estimated"));
  const figures = await load("commissioning_figures");
  const contract = figures.filter((d) =>
    d.subject === "Victim First contract" && d.unit === "years"
  );
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 33: "commissioned for 5 years"
  assert.ok(html(show(contract)).includes(">5 years<"));
});

Deno.test("show() leaves other numbers, such as line numbers, ungrouped unless told", () => {
  const table = aq.table({ line: [1234], total: [1351] });
  assert.ok(html(show(table)).includes(">1234<"));
  const formatted = show(table, { formats: { total: "count", line: (v) => `line ${v}` } });
  assert.ok(html(formatted).includes(">1,351<"));
  assert.ok(html(formatted).includes(">line 1234<"));
});

Deno.test("show() escapes every piece of text from the data, a <script> included", () => {
  const table = aq.table({
    "<b>name</b>": ['<script>alert("x")</script>', "Tom & Jerry's"],
    value: [null, 1],
    missing_reason: ['He said "no" <b>', null],
  });
  const out = html(show(table, { title: "<i>T</i>", caption: "a < b" }));
  assert.ok(!out.includes("<script>") && !out.includes("<b>") && !out.includes("<i>"));
  assert.ok(out.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  assert.ok(out.includes("Tom &amp; Jerry&#39;s"));
  assert.ok(out.includes('title="He said &quot;no&quot; &lt;b&gt;"'));
  assert.ok(out.includes("<th>&lt;b&gt;name&lt;/b&gt;</th>"));
  assert.ok(out.includes("<caption>&lt;i&gt;T&lt;/i&gt;</caption>"));
  assert.ok(out.includes("<p>a &lt; b</p>"));
});

Deno.test("show() writes a plain table with aligned columns and no colour codes", async () => {
  const annual = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.quarter === null
  );
  const text = plain(show(annual, { columns: ["financial_year", "measure", "value"] }));
  assert.ok(!text.includes("\x1b"));
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80
  assert.equal(
    text,
    [
      "financial_year  measure               value",
      "--------------  -----------------  --------",
      "2021-22         funding            £561,813",
      "2021-22         under18_referrals     1,351",
      "2022-23         funding            £572,798",
      "2022-23         under18_referrals     1,795",
      "4 rows × 3 columns",
    ].join("\n"),
  );
});

Deno.test("show() puts the title first and the caption last", () => {
  const out = show(aq.table({ a: [1] }), { title: "Title", caption: "Source: FOI 0004-24" });
  const lines = plain(out).split("\n");
  assert.equal(lines[0], "Title");
  assert.equal(lines.at(-1), "Source: FOI 0004-24");
  assert.equal(lines.at(-2), "1 row × 1 column");
});

Deno.test("show() gives the same output every time", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  assert.deepEqual(show(spend).toMimeBundle(), show(spend).toMimeBundle());
});

Deno.test("show() keeps its HTML small: a style sheet once and classes, no inline styles", async () => {
  const out = html(show(await load("commissioning_spend", { stated: true })));
  assert.equal(out.split("<style>").length, 2);
  assert.ok(!out.includes("style="));
  assert.ok(out.length < 20000, `${out.length} characters`);
});

Deno.test("show() rejects unknown columns, unknown formats and a bad row limit", () => {
  const table = aq.table({ a: [1], b: ["x"] });
  const check = assertThrowsWith;
  check(
    () => show(table, { columns: ["c"] }),
    RangeError,
    'Cannot show table: option "columns" names column "c", which the table does not have ' +
      '(its columns are "a" and "b")',
  );
  check(
    () => show(table, { formats: { a: "euro" as "gbp" } }),
    RangeError,
    'Cannot show table: option "formats" gives column "a" the format "euro"; a format is ' +
      '"gbp", "count", "percent", "points", "number" or "text" or a function',
  );
  check(
    () => show(table, { maxRows: 0 }),
    RangeError,
    'Cannot show table: option "maxRows" must be a whole number of at least 1, got 0',
  );
  check(
    () => show(table, { formats: { b: "gbp" } }),
    TypeError,
    'Cannot show table: column "b" holds "x" at row index 0, which format "gbp" cannot write',
  );
  check(
    () => show([] as unknown as aq.ColumnTable),
    TypeError,
    "Cannot show table: expected an Arquero table, got an array",
  );
});

Deno.test("show() writes a grouped table group by group, each headed by its key", async () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80
  const annual = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.quarter === null
  );
  const out = show(annual.groupby("measure"), { columns: ["financial_year", "measure", "value"] });
  assert.equal(
    plain(out),
    [
      "financial_year  measure               value",
      "--------------  -----------------  --------",
      "measure: funding (2 rows)",
      "2021-22         funding            £561,813",
      "2022-23         funding            £572,798",
      "measure: under18_referrals (2 rows)",
      "2021-22         under18_referrals     1,351",
      "2022-23         under18_referrals     1,795",
      '4 rows × 3 columns, grouped by "measure": 2 groups',
    ].join("\n"),
  );
  // In HTML the key is a first column, on each group's first row, as pandas writes an index.
  assert.ok(html(out).includes("<thead><tr><th>measure</th><th>financial_year</th>"));
  assert.ok(html(out).includes('<tr><th class="group">under18_referrals</th><td>2021-22</td>'));
  assert.ok(html(out).includes('<tr><th class="group"></th><td>2022-23</td>'));
});

Deno.test("show() cuts a grouped table at maxRows, counting the rows left out", async () => {
  const annual = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.quarter === null
  );
  const text = plain(show(annual.groupby("measure"), { columns: ["value"], maxRows: 3 }));
  assert.deepEqual(text.split("\n").slice(2), [
    "measure: funding (2 rows)",
    "£561,813",
    "£572,798",
    "measure: under18_referrals (2 rows)",
    "   1,351",
    "… 1 more row",
    '4 rows × 1 column, grouped by "measure": 2 groups; showing the first 3',
  ]);
});
