import assert from "node:assert/strict";
import { aq, load } from "../../lib/data/mod.ts";
import { barChart, PALETTE } from "../../lib/charts/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";
import { assertPlainJson, commissioned, seedInfo, table1 } from "./_fixtures.ts";

// Table 1 of seeds/llr_opcc_commissioning_framework_2024_25.txt, commissioned services, summed
// by priority (line numbers in brackets):
const VICTIM_SERVICES = 500000 + 80000 + 67906 + 20000 + 435455 + 177053 + 28700 + 103500; // 153-159, 199
const VULNERABILITY = 219287 + 110371 + 1485 + 34000 + 103700 + 97500 + 25000 + 131073 + 50000; // 160-170, 165 and 167 empty
const PREVENTION = 157575 + 90000 + 84446 + 77934 + 114750 + 101250 + 9000 + 20000 + 32050 +
  34210 + 16000 + 16000 + 8860 + 50000 + 400000; // 171-185, 198
const COMMUNITY_SAFETY = 271818 + 19297 + 52666 + 89530 + 37480 + 51218 + 31336 + 53776 + 32555 +
  19995; // 186-195
const VARIOUS = 400000 + 148000 + 49235; // 196, 197, 200

Deno.test("barChart() puts Table 1's priorities on x and their summed spend on y", async () => {
  const figure = barChart(await commissioned(), { x: "priority" });
  assert.deepEqual(figure.data[0].x, [
    "Victim Services",
    "Vulnerability",
    "Prevention",
    "Community Safety",
    "Various",
  ]);
  assert.deepEqual(figure.data[0].y, [
    VICTIM_SERVICES,
    VULNERABILITY,
    PREVENTION,
    COMMUNITY_SAFETY,
    VARIOUS,
  ]);
  // The sums add up to the stated TOTAL on framework line 201.
  assert.equal(VICTIM_SERVICES + VULNERABILITY + PREVENTION + COMMUNITY_SAFETY + VARIOUS, 4654011);
});

Deno.test("barChart() writes pounds with a £ prefix and thousands separators on ticks and hover", async () => {
  const figure = barChart(await commissioned(), { x: "priority" });
  const yaxis = figure.layout.yaxis as Record<string, unknown>;
  assert.equal(yaxis.tickprefix, "£");
  assert.equal(yaxis.tickformat, ",.0f");
  assert.deepEqual(yaxis.title, { text: "Amount (£)" });
  assert.equal(figure.data[0].hovertemplate, "%{x}<br>£%{y:,.0f}%{customdata}<extra></extra>");
  assert.deepEqual(figure.layout.meta, { valueFormat: "gbp" });
});

Deno.test("barChart() notes the two empty Adults Safeguarding Board cells instead of counting them as 0", async () => {
  const figure = barChart(await commissioned(), { x: "priority" });
  const customdata = figure.data[0].customdata as string[];
  assert.equal(customdata[1], "<br>2 of 11 values missing (Empty cell), not in the sum");
  assert.equal(customdata[0], "");
  const note = (figure.layout.annotations as { text: string }[])[0].text;
  assert.ok(
    note.startsWith("Missing values left out of the sums: Vulnerability (2 of 11: Empty cell)"),
  );
});

Deno.test('barChart() with missing: "gap" draws no bar for a priority with a missing value', async () => {
  const figure = barChart(await commissioned(), { x: "priority", missing: "gap" });
  assert.equal((figure.data[0].y as (number | null)[])[1], null);
});

Deno.test("barChart() draws no bar, not a zero, for a category with no known value", async () => {
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "under18_referrals");
  const figure = barChart(sarc, { x: "quarter", color: "financial_year" });
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 57-58: only 2022-23 Q4 is known.
  assert.deepEqual(figure.data.map((t) => t.y), [[null, null, null, null], [null, null, null, 10]]);
});

Deno.test("barChart() splits bars by a color column in first-appearance order with palette colours", async () => {
  const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
  const figure = barChart(contract, { x: "financial_year", color: "period" });
  assert.deepEqual(figure.data.map((t) => t.name), ["initial", "extension"]);
  assert.deepEqual(
    figure.data.map((t) => (t.marker as { color: string }).color),
    PALETTE.slice(0, 2),
  );
  // seeds/llr_opcc_foi_0017_24_asb_support.txt lines 43-47
  assert.deepEqual(figure.data[0].y, [500000, 510862, 521079, null, null]);
  assert.deepEqual(figure.data[1].y, [null, null, null, 531500, 542130]);
  assert.equal(figure.layout.barmode, "group");
  assert.equal(figure.layout.showlegend, true);
});

Deno.test("barChart() turns to horizontal bars for more than 12 categories", async () => {
  const figure = barChart(await commissioned(), { x: "project" });
  assert.equal(figure.data[0].orientation, "h");
  // 47 projects less two repeated names (lines 164/166, 182/183) and one with no value (165/167).
  assert.equal((figure.data[0].y as string[]).length, 44);
  assert.equal((figure.layout.yaxis as { autorange: string }).autorange, "reversed");
});

Deno.test("barChart() wraps long category labels instead of rotating them", () => {
  const table = aq.table({ name: ["Helpline and Engagement (DA Services)"], value: [435455] });
  const axis = barChart(table, { x: "name" }).layout.xaxis as Record<string, unknown>;
  assert.deepEqual(axis.ticktext, ["Helpline and<br>Engagement (DA<br>Services)"]);
  assert.deepEqual(axis.tickvals, ["Helpline and Engagement (DA Services)"]);
  assert.equal(axis.tickangle, 0);
});

Deno.test("barChart() makes bars across tall enough for their labels' lines and their series", () => {
  // One category whose label wraps to three lines at 28 characters, three series.
  const table = aq.table({
    who: Array(3).fill("Children's Social Care: Sexual Abuse factor (Child to Child)"),
    what: ["A", "B", "C"],
    value: [65, 90, 0],
  });
  const figure = barChart(table, { x: "who", color: "what", orientation: "h" });
  const axis = figure.layout.yaxis as { ticktext: string[] };
  assert.equal(axis.ticktext[0].split("<br>").length, 3);
  // 3 lines of 16 px and 12 px of space (60) outweigh 3 bars of 10 px (42): 60 + 160 for the
  // axes and note is under the 360 floor; with eight such categories, 8 × 60 + 160 = 640.
  assert.equal(figure.layout.height, 360);
  const eight = aq.table({
    who: Array.from(
      { length: 8 },
      (_, i) => `${i} Children's Social Care: Sexual Abuse factor (Child to Child)`,
    ),
    value: Array(8).fill(1),
  });
  assert.equal(barChart(eight, { x: "who", orientation: "h" }).layout.height, 640);
});

Deno.test("barChart() leaves room above the plot for a legend that takes more than one row", () => {
  const names = [
    "A: Child victims of sexual abuse",
    "B: Child victims of domestic abuse",
    "C: Child victims of domestic abuse where they were in an intimate relationship",
  ];
  const table = aq.table({ x: ["a", "a", "a"], what: names, value: [1, 2, 3] });
  const margin = (t: typeof table) =>
    (barChart(t, { x: "x", color: "what", title: "T" }).layout.margin as { t: number }).t;
  // Entries of 40 px and 7 px a character: 264 + 278 + 586 px overflow a 700 px row, so Plotly
  // lines them up in columns as wide as the widest (586 px): one a row, three rows, each 20 px
  // more than the one-row legend's 56 + 28. The first two alone (542 px) share one row.
  assert.equal(margin(table), 56 + 28 + 2 * 20);
  const two = aq.table({ x: ["a", "a"], what: names.slice(0, 2), value: [1, 2] });
  assert.equal(margin(two), 56 + 28);
});

Deno.test("barChart() keeps the finding it is given in layout.meta, and refuses one that is not text", () => {
  const table = aq.table({ x: ["a"], value: [1] });
  const figure = barChart(table, { x: "x", finding: "One bar." });
  assert.deepEqual(figure.layout.meta, { valueFormat: "number", finding: "One bar." });
  assert.throws(() => barChart(table, { x: "x", finding: " " }), (error: unknown) => {
    assert.ok(error instanceof TypeError);
    assert.equal(
      error.message,
      'Cannot build bar chart: option "finding" must be a sentence of text, got " "',
    );
    return true;
  });
});

Deno.test("barChart() refuses to add a stated TOTAL to the rows it totals", async () => {
  const all = (await table1()).filter((d) => d.section === "commissioned");
  assert.throws(() => barChart(all, { x: "section" }), (error: unknown) => {
    assert.ok(error instanceof RangeError);
    assert.equal(
      error.message,
      'Cannot build bar chart: the 48 rows for "commissioned" include a "total" row, a figure the ' +
        "document states, and adding it to the rest would count them twice; keep only rows whose " +
        'role is "observation"',
    );
    return true;
  });
});

Deno.test("barChart() names the row when a category cell is empty", async () => {
  const all = await table1();
  assert.throws(() => barChart(all, { x: "priority" }), (error: unknown) => {
    assert.ok(error instanceof TypeError);
    assert.equal(
      error.message,
      'Cannot build bar chart: column "priority" holds null at row index 47 (role "total"); a ' +
        "category must be text or a number (filter such rows out first)",
    );
    return true;
  });
});

Deno.test("barChart() refuses a unit column that mixes pounds and percentages", async () => {
  const budget = await load("council_dsv_budget", { stated: true });
  assert.throws(() => barChart(budget, { x: "measure" }), (error: unknown) => {
    assert.ok(error instanceof RangeError);
    assert.equal(
      error.message,
      'Cannot build bar chart: column "unit" mixes "GBP" and "percent"; chart one unit at a time',
    );
    return true;
  });
});

Deno.test("barChart() names the option and lists the columns when x is not a column", () => {
  const table = aq.table({ priority: ["A"], value: [1] });
  assert.throws(() => barChart(table, { x: "prio" }), (error: unknown) => {
    assert.ok(error instanceof RangeError);
    assert.equal(
      error.message,
      'Cannot build bar chart: option "x" names column "prio", which the table does not have ' +
        '(its columns are "priority" and "value")',
    );
    return true;
  });
  assert.throws(
    () => barChart(table, { x: "priority", orientation: "sideways" as "v" }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        'Cannot build bar chart: option "orientation" must be "v" or "h", got "sideways"',
  );
  assert.throws(
    () => barChart([] as unknown as aq.ColumnTable, { x: "priority" }),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot build bar chart: expected an Arquero table, got an array",
  );
});

Deno.test("barChart() refuses text in the value column", () => {
  const table = aq.table({ name: ["A"], amount: ["£5"] });
  assert.throws(
    () => barChart(table, { x: "name", y: "amount" }),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        'Cannot build bar chart: column "amount" holds "£5" at row index 0, not a number or null',
  );
});

Deno.test("barChart() returns plain JSON that matches its snapshot", async () => {
  const figure = barChart(await commissioned(), {
    x: "priority",
    title: "Commissioned services by priority, 2024-25",
    source: await seedInfo("commissioning_framework"),
  });
  assertPlainJson(figure);
  await assertSnapshot("bar_chart_table1_by_priority", figure);
});
