// ingest() on figures in prose and lists: scales, qualifiers, labels, periods, withheld values,
// malformed amounts and numbers that are not figures. Fixtures are in tests/fixtures/ingest/.
import assert from "node:assert/strict";
import { ingest } from "../../lib/ingest/mod.ts";
import { figureAt, ingestFixture } from "./_fixtures.ts";

Deno.test("ingest() reads £25k, £2.765m and £1.2 million with their scales and periods", () => {
  const result = ingestFixture("prose_scales.txt");
  const k = figureAt(result, 1, "£25k");
  assert.deepEqual([k.value, k.scale, k.label], [25000, 1000, "community trigger pilot"]);
  assert.equal(k.period.financial_year, "2023-24");
  const m = figureAt(result, 2, "£2.765m");
  assert.deepEqual([m.value, m.scale, m.label], [2765000, 1e6, "Victims Grant"]);
  const million = figureAt(result, 2, "£1.2 million");
  assert.deepEqual([million.value, million.scale], [1200000, 1e6]);
});

Deno.test("ingest() reads approximate and bounded amounts: c£, around, roughly, more than, up to", () => {
  const result = ingestFixture("prose_scales.txt");
  // Line 3: "The helpline cost c£80,000 per annum."
  const helpline = figureAt(result, 3, "c£80,000");
  assert.deepEqual([helpline.approximate, helpline.period.per_annum], [true, true]);
  // Line 3: "Around £400,000 was spent on ISVAs in 2022/23"
  const isvas = figureAt(result, 3, "Around £400,000");
  assert.deepEqual([isvas.approximate, isvas.label, isvas.period.financial_year], [
    true,
    "ISVAs",
    "2022-23",
  ]);
  // "roughly 12% more than in 2021/22": 2021/22 is the baseline, the figure is for 2022/23.
  const rise = figureAt(result, 3, "roughly 12%");
  assert.deepEqual([rise.unit, rise.approximate, rise.period.financial_year], [
    "percent",
    true,
    "2022-23",
  ]);
  // Line 4 carries on line 3's sentence: "and more than £150k on counselling."
  const counselling = figureAt(result, 4, "more than £150k");
  assert.deepEqual([counselling.bound, counselling.value, counselling.label], [
    "lower",
    150000,
    "counselling",
  ]);
  assert.equal(counselling.period.financial_year, "2022-23");
  // Line 5: "The refuge contract is worth up to £2.5m over its 5 years."
  const refuge = figureAt(result, 5, "up to £2.5m");
  assert.deepEqual([refuge.bound, refuge.value, refuge.label], [
    "upper",
    2500000,
    "refuge contract",
  ]);
});

Deno.test("ingest() reads bullet and dash lists: Provider – £amount, 2004-05—£310,000, numbered counts", () => {
  const result = ingestFixture("lists.txt");
  const labels = result.figures.map((f) => [f.line, f.label, f.value, f.kind]);
  assert.deepEqual(labels.slice(0, 4), [
    [3, "Victim Support", 435000, "list"],
    [4, "Women's Aid", 260500, "list"],
    [5, "Rape Crisis", 101000, "list"],
    [6, "Restorative Justice Hub", 25000, "list"],
  ]);
  // "Funding allocated to victim services providers in 2023/24:" dates the list below it.
  assert.deepEqual(
    result.figures.slice(0, 4).map((f) => f.period.financial_year),
    Array(4).fill("2023-24"),
  );
  assert.equal(figureAt(result, 6, "up to £25k").bound, "upper");
  // Lines 10-12: each entry is dated by its own year and labelled by the line above the list.
  const year = figureAt(result, 10, "£310,000");
  assert.deepEqual([year.period.financial_year, year.label], [
    "2004-05",
    "Historic funding for the Sanctuary scheme",
  ]);
  assert.equal(figureAt(result, 12, "£298,000").period.financial_year, "2006-07");
  // Lines 16-17: "1. Referrals received – 1,204", "2. Cases closed – 987"
  assert.deepEqual([figureAt(result, 16, "1,204").label, figureAt(result, 17, "987").unit], [
    "Referrals received",
    "count",
  ]);
});

Deno.test("ingest() reports *, Fewer than 5, <5 and [c] as withheld values with the reason", () => {
  const result = ingestFixture("suppression.txt");
  const withheld = result.figures.filter((f) => f.suppressed);
  assert.deepEqual(withheld.map((f) => [f.line, f.text, f.value]), [
    [4, "*", null],
    [5, "Fewer than 5", null],
    [6, "<5", null],
    [7, "[c]", null],
    [10, "Fewer than 5", null],
  ]);
  assert.ok(withheld.every((f) => f.missing_reason?.startsWith("Suppressed")));
  // Line 8: "25 and over\t41" is a value; "16 to 17" is an age band, not the year 2016-17.
  assert.equal(figureAt(result, 8, "41").value, 41);
  assert.equal(figureAt(result, 6, "<5").period.financial_year, "2023-24");
  // Line 10: "Fewer than 5 victims declined support in 2023/24." (the sentence wraps to line 11)
  assert.deepEqual([figureAt(result, 10, "Fewer than 5").label], ["victims"]);
});

Deno.test("ingest() reads a large '<N' as an upper bound, not a withheld value", () => {
  const [figure] = ingest("Referrals: <50").figures;
  assert.deepEqual([figure.value, figure.bound, figure.suppressed], [50, "upper", false]);
});

Deno.test("ingest() refuses £31,78 with a warning that quotes it and extracts nothing for it", () => {
  const result = ingestFixture("malformed.txt");
  assert.ok(!result.figures.some((f) => f.text.includes("31,78")));
  const refusals = result.warnings.filter((w) => w.text === "£31,78");
  assert.deepEqual(refusals.map((w) => [w.line, w.message]), [
    [4, 'Cannot parse money "£31,78": digit groups must have three digits; not extracted'],
    [9, 'Cannot parse money "£31,78": digit groups must have three digits; not extracted'],
  ]);
});

Deno.test("ingest() reads £334, 818, ££1,329,399.26 and £1,372,554in with a warning quoting each", () => {
  const result = ingestFixture("malformed.txt");
  const space = figureAt(result, 5, "£334, 818");
  assert.deepEqual([space.value, space.warning], [
    334818,
    'Read "£334, 818" as £334,818: a space follows a thousands comma',
  ]);
  const pounds = figureAt(result, 6, "££1,329,399.26");
  assert.deepEqual([pounds.value, pounds.warning], [
    1329399.26,
    'Read "££1,329,399.26" as £1,329,399.26: the £ sign is repeated',
  ]);
  const glued = figureAt(result, 8, "£1,372,554");
  assert.equal(glued.value, 1372554);
  assert.equal(
    glued.warning,
    'Read "£1,372,554in" as the amount "£1,372,554": the text "in" is glued to it',
  );
  assert.equal(glued.period.financial_year, "2022-23");
  const warned = result.warnings.map((w) => w.line);
  assert.ok([5, 6, 8, 9, 10].every((line) => warned.includes(line)));
});

Deno.test("ingest() reads a footnote digit glued to a year as the year, with a warning", () => {
  const result = ingestFixture("malformed.txt");
  // Line 4 of the table: "2021/221\t£31,78"; line 10: "The total for 2020-211 was ££1,329,399.26."
  const table = result.warnings.find((w) => w.line === 4 && w.text === "2021/221")!;
  assert.equal(
    table.message,
    'Read "2021/221" as the financial year 2021-22: the digit "1" glued to the year looks like a footnote marker',
  );
  const prose = figureAt(result, 10, "££1,329,399.26");
  assert.equal(prose.period.financial_year, "2020-21");
  assert.ok(
    prose.warning?.includes('Read "2020-211" as the financial year 2020-21'),
    prose.warning ?? "",
  );
});

Deno.test("ingest() reads no year, date, reference, phone number, postcode, age or section number as a figure", () => {
  const result = ingestFixture("not_figures.txt");
  // The only figure is line 11's "three projects".
  assert.deepEqual(result.figures.map((f) => [f.line, f.value, f.unit, f.label]), [[
    11,
    3,
    "count",
    "projects",
  ]]);
  assert.deepEqual(result.warnings, []);
});

Deno.test("ingest() joins a hard-wrapped paragraph so a figure keeps the period written before it", () => {
  const text =
    "In the financial year 2022/23 the Office of the Police and Crime Commissioner spent\n" +
    "£2.765m on services for victims of crime.\n";
  const [figure] = ingest(text).figures;
  assert.deepEqual([figure.line, figure.start, figure.end], [2, 0, 7]);
  assert.deepEqual([figure.period.financial_year, figure.label], [
    "2022-23",
    "services for victims of crime",
  ]);
});

Deno.test("ingest() reads several entries on one line and dates quarters by the line's year", () => {
  const result = ingest("Referrals in 2022/23 - Q1: 352, Q2: 284; Q3: 331, Q4: 384");
  assert.deepEqual(
    result.figures.map((f) => [f.value, f.period.quarter, f.period.financial_year]),
    [
      [352, "Q1", "2022-23"],
      [284, "Q2", "2022-23"],
      [331, "Q3", "2022-23"],
      [384, "Q4", "2022-23"],
    ],
  );
});

Deno.test("ingest() rejects text that is not a string with a TypeError naming it", () => {
  assert.throws(
    () => ingest(42 as unknown as string),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message === "Cannot ingest 42: expected the document's text as a string",
  );
});

Deno.test("ingest() keeps the minus of a negative amount or percentage, warning when it may be a dash", () => {
  const text =
    "Change in spend: -£5,000 against a reserve moved by −£1.2m.\nGrant change -5.1% and −4.0%.";
  const figures = ingest(text).figures;
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.warning !== null]), [
    ["-£5,000", -5000, false],
    ["−£1.2m", -1200000, false],
    ["-5.1%", -5.1, true],
    ["−4.0%", -4, false],
  ]);
  assert.equal(
    figures[2].warning,
    'Read "-5.1%" as a negative figure: the "-" after the words before it could be a dash',
  );
});

Deno.test("ingest() labels list amounts by whom they go to: £119,770k to Cleveland Police", () => {
  const text =
    "Allocations for 2018/19:\n- £119,770k to Cleveland Police\n- £9,475k for Corporate Services\n" +
    "- This is supported by £950k from General Reserves\n";
  const figures = ingest(text).figures;
  assert.deepEqual(figures.map((f) => [f.value, f.label, f.period.financial_year]), [
    [119770000, "Cleveland Police", "2018-19"],
    [9475000, "Corporate Services", "2018-19"],
    [950000, "General Reserves", "2018-19"],
  ]);
});

Deno.test("ingest() reads a table cell with text glued to the amount with a warning quoting it", () => {
  const result = ingest("Service\tSpend\nRefuge\t£1,372,554in\nOutreach\t£250,000\n");
  const refuge = result.figures.find((f) => f.line === 2)!;
  assert.equal(refuge.value, 1372554);
  assert.equal(refuge.warning, 'Read "£1,372,554in" as £1,372,554: text is glued to the number');
  assert.deepEqual(result.warnings.map((w) => [w.line, w.text]), [[2, "£1,372,554in"]]);
});

Deno.test("ingest() reads a range's ends as bounds, the upper end's scale applying to both", () => {
  const figures =
    ingest("Grants range from £5-10k, and larger awards of £20,000 to £25,000.").figures;
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.bound, f.label]), [
    ["£5", 5000, "lower", "Grants"],
    ["10k", 10000, "upper", "Grants"],
    ["£20,000", 20000, "lower", "larger awards"],
    ["£25,000", 25000, "upper", "larger awards"],
  ]);
});

Deno.test("ingest() reads £20 000 as £20,000 with a warning that a space separates the thousands", () => {
  const [figure] = ingest("The refuge received £20 000 in 2022/23.").figures;
  assert.deepEqual([figure.value, figure.warning], [
    20000,
    'Read "£20 000" as £20,000: a space separates the thousands',
  ]);
});
