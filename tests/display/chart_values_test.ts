// Charts write numbers by the one rule: a chart of a result column takes the column's meaning
// (lib/format/column_format.ts), and its fallback table writes values as show() does.
import assert from "node:assert/strict";
import { load } from "../../lib/data/mod.ts";
import { budgetShares } from "../../lib/analysis/mod.ts";
import { barChart } from "../../lib/charts/mod.ts";
import { chart, show } from "../../lib/display/mod.ts";

Deno.test("A bar chart of budgetShares()'s share column writes percentages to one decimal, as show() does", async () => {
  const { shares } = budgetShares(await load("commissioning_spend"), { by: ["priority"] });
  const figure = barChart(shares, { x: "priority", y: "share" });
  assert.equal(
    figure.layout.meta && (figure.layout.meta as { valueFormat: string }).valueFormat,
    "percent",
  );
  assert.ok(String(figure.data[0].hovertemplate).startsWith("%{x}<br>%{y:,.1f}%"));
  // Victim Services: the commissioned £1,412,614 and grants £1,105,152 of Table 1's two TOTALs,
  // £4,654,011 and £2,020,226 (seeds/llr_opcc_commissioning_framework_2024_25.txt lines 201,
  // 221): 2,517,766 ÷ 6,674,237 × 100 = 37.72…
  const summary = String(chart(figure).bundle["text/plain"]);
  assert.match(summary, /^Victim Services\s+37\.7%$/m);
  assert.match(
    String(show(shares).bundle["text/plain"]),
    /^Victim Services\s+GBP\s+£2,517,766\s.*37\.7%/m,
  );
});
