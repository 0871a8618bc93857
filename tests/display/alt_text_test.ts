import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { load } from "../../lib/data/mod.ts";
import { aq } from "../../lib/data/arquero.ts";
import {
  barChart,
  type Figure,
  lineChart,
  stackedBar,
  sunburst,
  treemap,
  waterfall,
} from "../../lib/charts/mod.ts";
import { altText } from "../../lib/display/mod.ts";
import { commissioned, table1Observations } from "../charts/_fixtures.ts";

// seeds/llr_opcc_commissioning_framework_2024_25.txt, Table 1: commissioned services summed by
// priority (the sums are worked line by line in tests/charts/bar_chart_test.ts) and the TOTALs.
const VICTIM_SERVICES = 1412614; // lines 153-159, 199
const VARIOUS = 400000 + 148000 + 49235; // lines 196, 197, 200
const COMMISSIONED = 4654011; // line 201
const GRANTS = 2020226; // line 221
// Grants for victim services, lines 209-220.
const VICTIM_GRANTS = 100167 + 32814 + 43500 + 28158 + 40805 + 56730 + 38388 + 25906 + 31800 +
  7625 + 29450 + 669809;

// A figure in pounds as the alt text writes it (£ and thousands separators).
const pounds = (value: number) => `£${value.toLocaleString("en-GB")}`;

Deno.test("altText() names a bar chart's title, axes, bar count and its largest and smallest bars", async () => {
  const figure = barChart(await commissioned(), {
    x: "priority",
    title: "Commissioned spend, 2024-25",
  });
  assert.equal(VARIOUS, 597235);
  assert.equal(
    altText(figure),
    "Commissioned spend, 2024-25. Bar chart of Amount (£) by Priority, 5 bars. " +
      "Largest: Victim Services, £1,412,614; smallest: Various, £597,235. " +
      // With no finding given, the main one: £1,412,614 ÷ £4,654,011 = 30.35%
      "The largest, Victim Services, is 30.4% of the total, £4,654,011.",
  );
});

Deno.test("altText() names the estimated and suppressed values a chart marks", () => {
  const t = aq.table({
    sex: ["Female", "Male", "Unknown"],
    count: [40, null, 6],
    approximate: [false, false, true],
    missing_reason: [null, "[c] suppressed: a count below 5", null],
  });
  const text = altText(barChart(t, { x: "sex", y: "count", title: "Referrals by sex" }));
  assert.match(text, /Estimated \(\[e\]\): Unknown\./);
  assert.match(text, /Confidential, suppressed to protect people \(\[c\]\): Male\./);
});

Deno.test("altText() says which way each line of a line chart goes, and its highest and lowest points", async () => {
  const referrals = (await load("victim_first_under18"))
    .filter((d) => d.measure === "under18_referrals" && d.role === "observation");
  const figure = lineChart(referrals, {
    x: "quarter",
    color: "financial_year",
    title: "Victim First: victims under 18 referred, by quarter",
    yTitle: "Referrals",
  });
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 79: 352 284 331 384 (2021/2022),
  // line 80: 510 448 422 415 (2022/2023).
  assert.equal(
    altText(figure),
    "Victim First: victims under 18 referred, by quarter. Line chart of Referrals by Quarter, " +
      "2 lines: 2021-22 and 2022-23. Highest: Q1 (2022-23), 510; lowest: Q2 (2021-22), 284. " +
      "2021-22 rises from 352 in Q1 to 384 in Q4. 2022-23 falls from 510 in Q1 to 415 in Q4.",
  );
});

Deno.test("altText() names the gaps of a line with missing values, and its one known point", async () => {
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "under18_referrals");
  const figure = lineChart(sarc, { x: "quarter", color: "financial_year" });
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 57-58: only 2022-23 Q4 (10) is known.
  assert.equal(
    altText(figure),
    // With no title given, the builder's: what the chart shows by what.
    "Count by quarter. Line chart of Count by Quarter, 2 lines: 2021-22 and 2022-23. One point: Q4 (2022-23), 10. " +
      "No value for Q1, Q2 and Q3.",
  );
});

Deno.test("altText() compares the totals of a stacked bar chart's bars", async () => {
  const figure = stackedBar(await table1Observations(), { x: "priority", color: "section" });
  assert.equal(
    altText(figure),
    "Amount (£) by priority. Stacked bar chart of Amount (£) by Priority, 5 categories in 2 series: commissioned and " +
      `grants. Largest bar: Victim Services, ${
        pounds(VICTIM_SERVICES + VICTIM_GRANTS)
      } in total; ` +
      `smallest bar: Various, ${pounds(VARIOUS)} in total.`,
  );
});

Deno.test("altText() labels the bars of a grouped bar chart with their series", async () => {
  const figure = barChart(await table1Observations(), { x: "priority", color: "section" });
  // Community Safety grants, framework lines 205-207.
  const communitySafetyGrants = 65347 + 49412 + 234143;
  const expected = `Largest: Victim Services (commissioned), ${pounds(VICTIM_SERVICES)}; ` +
    `smallest: Community Safety (grants), ${pounds(communitySafetyGrants)}.`;
  const alt = altText(figure);
  assert.equal(alt.slice(-expected.length), expected);
});

Deno.test("altText() states whether a waterfall's parts add up to the stated total", async () => {
  const spend = await commissioned();
  const agree = waterfall(spend, { x: "priority", total: COMMISSIONED, totalLabel: "the TOTAL" });
  assert.equal(
    altText(agree),
    "Amount (£) by priority. Waterfall chart of Amount (£) by Priority: 5 parts, then their sum and the TOTAL. " +
      "The parts sum to £4,654,011; the TOTAL is £4,654,011: they agree. " +
      "Largest: Victim Services, £1,412,614; smallest: Various, £597,235.",
  );
  // A stated figure £1,000 above the sum of the parts.
  const off = waterfall(spend, { x: "priority", total: COMMISSIONED + 1000 });
  assert.match(
    altText(off),
    /The parts sum to £4,654,011; Stated total is £4,655,011: the stated figure is £1,000 more\./,
  );
});

Deno.test("altText() gives a treemap's whole, its largest branches with their shares, and its largest item", async () => {
  const figure = treemap(await table1Observations(), {
    path: ["section", "priority", "project"],
    root: "Table 1, 2024/25",
  });
  const whole = COMMISSIONED + GRANTS;
  // 4,654,011 / 6,674,237 = 69.73%; 2,020,226 / 6,674,237 = 30.27%; ISVA Funding (line 220)
  // 669,809 / 6,674,237 = 10.04%.
  assert.equal(Math.round((COMMISSIONED / whole) * 1000) / 10, 69.7);
  assert.equal(Math.round((GRANTS / whole) * 1000) / 10, 30.3);
  assert.equal(Math.round((669809 / whole) * 1000) / 10, 10);
  // 64 rows (47 commissioned, 17 grants) less the two with no value (lines 165, 167) and the
  // second of each repeated name, which shares its leaf (Childrens Safeguarding Board, lines
  // 164/166; Domestic Homicide Reviews, 182/183): 60 items.
  assert.equal(
    altText(figure),
    "Amount (£) by section, priority and project. Treemap of Table 1, 2024/25, £6,674,237 in all: 60 items in 3 levels. Largest branch: " +
      "commissioned, £4,654,011 (69.7% of the whole); then grants, £2,020,226 (30.3%). " +
      "Largest single item: ISVA Funding, £669,809 (10.0%).",
  );
});

Deno.test("altText() tells apart sunburst leaves whose labels repeat under other parents", async () => {
  const figure = sunburst(await table1Observations(), { path: ["section", "priority"] });
  // 1,412,614 / 6,674,237 = 21.17%
  assert.match(
    altText(figure),
    /Largest single item: Victim Services \(commissioned\), £1,412,614 \(21\.2%\)\.$/,
  );
});

Deno.test("altText() describes a figure of traces it does not know by their types", () => {
  const figure: Figure = {
    data: [{ type: "pie", labels: ["a", "b"], values: [1, 2] }],
    layout: { title: { text: "Shares<br>of a & b" } },
  };
  assert.equal(altText(figure), "Shares of a & b. Chart with 1 trace (pie).");
});

Deno.test("altText() refuses what is not a Plotly figure", () => {
  assertThrowsWith(
    () => altText({ data: {}, layout: {} } as unknown as Figure),
    TypeError,
    "Cannot describe chart: expected a Plotly figure { data: [...], layout }",
  );
  assertThrowsWith(
    () => altText({ data: [], layout: null } as unknown as Figure),
    TypeError,
    "Cannot describe chart: the figure's layout must be an object",
  );
});

Deno.test("altText() states the finding a chart was built with, after its title", async () => {
  const figure = barChart(await commissioned(), {
    x: "priority",
    title: "Commissioned spend, 2024-25",
    finding: "Victim services get the most, 30% of the commissioned total",
  });
  // 1,412,614 / 4,654,011 = 30.35%
  assert.equal(Math.round((VICTIM_SERVICES / COMMISSIONED) * 100), 30);
  assert.match(
    altText(figure),
    /^Commissioned spend, 2024-25\. Victim services get the most, 30% of the commissioned total\. Bar chart of/,
  );
});
