// What load() returns is safe to sum: the observations by default; the totals, sub-totals,
// grand totals and percentages the documents state only when asked for ({ stated: true }).
import assert from "node:assert/strict";
import { aq, barChart, load, reconcile } from "../../lib/mod.ts";
import { datasetNames } from "../../lib/datasets/mod.ts";

// llr_opcc_commissioning_framework_2024_25.txt lines 201 and 221: the two TOTAL rows of Table 1,
// 4,654,011 (commissioned services) and 2,020,226 (grants).
const TABLE_1 = 4654011 + 2020226; // = 6,674,237

Deno.test("a plain groupby().rollup(sum) on a loaded dataset counts each figure once", async () => {
  const spend = await load("commissioning_spend");
  const byPriority = spend.groupby("priority").rollup({ total: aq.op.sum("value") });
  assert.equal(byPriority.filter((d) => d.priority === null).numRows(), 0, "no group of totals");
  const totals = byPriority.array("total") as number[];
  assert.equal(totals.reduce((a, b) => a + b), TABLE_1);
  assert.equal(spend.rollup({ all: aq.op.sum("value") }).get("all"), TABLE_1);
});

Deno.test("a bar chart of a loaded dataset draws each priority once, adding to Table 1", async () => {
  const figure = barChart(await load("commissioning_spend"), { x: "priority" });
  const trace = figure.data[0];
  assert.deepEqual(trace.x, [
    "Victim Services",
    "Vulnerability",
    "Prevention",
    "Community Safety",
    "Various",
  ]);
  assert.equal((trace.y as number[]).reduce((a, b) => a + b), TABLE_1);
});

Deno.test("load() with { stated: true } adds the stated totals, with their provenance", async () => {
  const stated = await load("commissioning_spend", { stated: true });
  const totals = stated.filter((d) => d.role === "total").objects();
  assert.deepEqual(
    totals.map((r) => [r.section, r.value, r.raw, r.seed, r.line]),
    [
      ["commissioned", 4654011, "4,654,011", "llr_opcc_commissioning_framework_2024_25.txt", 201],
      ["grants", 2020226, "2,020,226", "llr_opcc_commissioning_framework_2024_25.txt", 221],
    ],
  );
  // reconcile() checks the observations against them: both TOTALs reproduce exactly.
  const check = reconcile(stated, { by: ["section"] });
  assert.deepEqual(check.array("computed"), [4654011, 2020226]);
  assert.deepEqual(check.array("status"), ["reproduced", "reproduced"]);
});

Deno.test("every dataset loads its observations, and with { stated: true } every row", async () => {
  for (const name of datasetNames()) {
    const observed = await load(name);
    const all = await load(name, { stated: true });
    assert.deepEqual(observed.columnNames(), all.columnNames(), name);
    if (!observed.columnNames().includes("role")) {
      assert.equal(observed.numRows(), all.numRows(), `${name} has no stated figures`);
      continue;
    }
    const roles = (t: aq.ColumnTable) => t.array("role") as string[];
    assert.ok(roles(observed).every((role) => role === "observation"), name);
    assert.deepEqual(
      all.filter("d => d.role === 'observation'").objects(),
      observed.objects(),
      name,
    );
  }
});

Deno.test("the stated figures left out by default are the totals and percentages", async () => {
  // victim_first_under18: FOI 0004-24 lines 79-80 state each year's referrals (1,351 and 1,795)
  // beside the four quarters that add up to them.
  const vf = await load("victim_first_under18", { stated: true });
  assert.deepEqual(vf.filter((d) => d.role !== "observation").array("value"), [1351, 1795]);
  // council_dsv_budget: "roughly 27%" (Leicester FOI line 97) is a stated percentage.
  const budget = await load("council_dsv_budget", { stated: true });
  assert.deepEqual(budget.filter((d) => d.role === "percentage").array("raw"), ["roughly 27%"]);
  assert.equal((await load("council_dsv_budget")).filter((d) => d.unit === "percent").numRows(), 0);
});
