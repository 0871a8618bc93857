import assert from "node:assert/strict";
import { aq, load } from "../../lib/data/mod.ts";
import { lineChart } from "../../lib/charts/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";
import { assertPlainJson, seedInfo } from "./_fixtures.ts";

async function referrals() {
  return (await load("victim_first_under18"))
    .filter((d) => d.measure === "under18_referrals" && d.role === "observation");
}

Deno.test("lineChart() draws one line of quarterly referrals per financial year", async () => {
  const figure = lineChart(await referrals(), { x: "quarter", color: "financial_year" });
  assert.deepEqual(figure.data.map((t) => t.name), ["2021-22", "2022-23"]);
  assert.deepEqual(figure.data[0].x, ["Q1", "Q2", "Q3", "Q4"]);
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79 and 80
  assert.deepEqual(figure.data[0].y, [352, 284, 331, 384]);
  assert.deepEqual(figure.data[1].y, [510, 448, 422, 415]);
  assert.equal((figure.layout.yaxis as { tickformat: string }).tickformat, ",.0f");
});

Deno.test("lineChart() leaves a gap (null, connectgaps false) where a value is missing", async () => {
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "under18_referrals");
  const figure = lineChart(sarc, { x: "quarter", color: "financial_year" });
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 57-58: "Information held by NHSE"
  // everywhere but 2022-23 Q4, which is 10.
  assert.deepEqual(figure.data[0].y, [null, null, null, null]);
  assert.deepEqual(figure.data[1].y, [null, null, null, 10]);
  assert.ok(figure.data.every((t) => t.connectgaps === false));
  const note = (figure.layout.annotations as { text: string }[])[0].text;
  assert.ok(
    note.startsWith(
      "Gaps, where no value is known (Information held by NHSE): Q1, 2021-22; Q2, 2021-22;",
    ),
  );
});

Deno.test("lineChart() makes a point with any missing value a gap unless told to skip", () => {
  const table = aq.table({
    year: ["2021-22", "2021-22", "2022-23"],
    value: [5, null, 7],
    missing_reason: [null, "Not held", null],
  });
  assert.deepEqual(lineChart(table, { x: "year" }).data[0].y, [null, 7]);
  assert.deepEqual(lineChart(table, { x: "year", missing: "skip" }).data[0].y, [5, 7]);
});

Deno.test("lineChart() follows the contract's years in order with pounds on the axis", async () => {
  const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
  const figure = lineChart(contract, { x: "financial_year" });
  assert.deepEqual(figure.data[0].x, ["2024-25", "2025-26", "2026-27", "2027-28", "2028-29"]);
  // seeds/llr_opcc_foi_0017_24_asb_support.txt lines 43-47
  assert.deepEqual(figure.data[0].y, [500000, 510862, 521079, 531500, 542130]);
  assert.equal((figure.layout.yaxis as { tickprefix: string }).tickprefix, "£");
});

Deno.test("lineChart() rejects an unknown missing option", async () => {
  const table = await referrals();
  assert.throws(
    () => lineChart(table, { x: "quarter", missing: "zero" as "gap" }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        'Cannot build line chart: option "missing" must be "gap" or "skip", got "zero"',
  );
});

Deno.test("lineChart() returns plain JSON that matches its snapshot", async () => {
  const figure = lineChart(await referrals(), {
    x: "quarter",
    color: "financial_year",
    title: "Victim First: referrals of under-18s per quarter",
    source: await seedInfo("0004_24"),
  });
  assertPlainJson(figure);
  await assertSnapshot("line_chart_victim_first_referrals", figure);
});
