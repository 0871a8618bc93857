// A forgotten `await` before load() passes a Promise where a table (or a figure) belongs; every
// function of the display layer says so, and names the fix.
import { aq, load } from "../../lib/data/mod.ts";
import { barChart } from "../../lib/charts/mod.ts";
import { chart, display, show } from "../../lib/display/mod.ts";
import { assertRejectsWith, assertThrowsWith } from "../_assert.ts";

const HINT = "got a Promise (did you forget await?)";

Deno.test("show(load(...)) without await asks whether await was forgotten", async () => {
  const pending = load("commissioning_spend");
  assertThrowsWith(
    () => show(pending as unknown as aq.ColumnTable),
    TypeError,
    `Cannot show table: expected an Arquero table, ${HINT}`,
  );
  await pending;
});

Deno.test("display(load(...)) without await asks whether await was forgotten", async () => {
  const pending = load("commissioning_spend");
  await assertRejectsWith(
    display(pending),
    TypeError,
    "Cannot display value: expected a table or what show(), chart(), md() or toDisplayable() " +
      `returned, ${HINT}`,
  );
  await pending;
});

Deno.test("barChart(load(...)) and chart() of a pending figure ask whether await was forgotten", async () => {
  const pending = load("victim_first_contract");
  assertThrowsWith(
    () => barChart(pending as unknown as aq.ColumnTable, { x: "financial_year" }),
    TypeError,
    `Cannot build bar chart: expected an Arquero table, ${HINT}`,
  );
  const figure = pending.then((t) =>
    barChart(t.filter((d) => d.role === "observation"), {
      x: "financial_year",
    })
  );
  assertThrowsWith(
    () => chart(figure as never),
    TypeError,
    `Cannot display chart: expected a Plotly figure { data: [...], layout }, ${HINT}`,
  );
  await figure;
});
