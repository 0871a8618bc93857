import assert from "node:assert/strict";
import { inspect } from "node:util";
import { aq, load } from "../../lib/data/mod.ts";
import { budgetShares } from "../../lib/analysis/mod.ts";
import { installTableDisplay, JUPYTER_DISPLAY, show } from "../../lib/display/mod.ts";
import type { MimeBundle } from "../../lib/display/mod.ts";

const DENO_INSPECT = Symbol.for("Deno.customInspect");

// What the Deno kernel does with a cell's last value that has a display method.
function kernelBundle(value: unknown): MimeBundle {
  const method = (value as { [JUPYTER_DISPLAY]?: () => MimeBundle })[JUPYTER_DISPLAY];
  assert.equal(typeof method, "function");
  return method!.call(value);
}

async function annualFigures() {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80
  return (await load("victim_first_under18", { stated: true }))
    .filter((d) => d.quarter === null)
    .select("financial_year", "measure", "value", "unit");
}

Deno.test("A loaded table displays in Jupyter as show() writes it: HTML and plain text", async () => {
  const table = await load("commissioning_spend", { stated: true });
  const bundle = kernelBundle(table);
  assert.deepEqual(bundle, show(table).toMimeBundle());
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 201: Table 1's TOTAL
  assert.ok(String(bundle["text/html"]).includes('<td class="n">£4,654,011</td>'));
  assert.ok(!String(bundle["text/plain"]).includes("_data"));
});

Deno.test("A table prints as its plain table in console.log, Deno.inspect and Node's inspect, without colour codes", async () => {
  const table = await annualFigures();
  const expected = [
    "financial_year  measure               value  unit",
    "--------------  -----------------  --------  -----",
    "2021-22         funding            £561,813  GBP",
    "2021-22         under18_referrals     1,351  count",
    "2022-23         funding            £572,798  GBP",
    "2022-23         under18_referrals     1,795  count",
    "4 rows × 4 columns",
  ].join("\n");
  assert.equal(Deno.inspect(table), expected);
  assert.equal(Deno.inspect(table, { colors: true }), expected);
  assert.equal(inspect(table, { colors: true }), expected);
  assert.ok(!kernelBundle(table)["text/plain"]?.toString().includes("\x1b"));
});

Deno.test("A grouped table and a table made with aq alone display their rows by group", async () => {
  const grouped = (await annualFigures()).groupby("measure");
  const html = String(kernelBundle(grouped)["text/html"]);
  assert.ok(html.includes('<th class="group">funding</th>'));
  assert.ok(html.includes("grouped by &quot;measure&quot;: 2 groups"));
  const counted = aq.table({ priority: ["Victim Services", "Prevention", "Victim Services"] })
    .groupby("priority").count();
  assert.match(Deno.inspect(counted), /^Victim Services\s+2$/m);
});

Deno.test("A table from a separate import of the same Arquero displays itself too", async () => {
  const arquero = await import("npm:arquero@8.0.3");
  const table = arquero.table({ value: [561813], unit: ["GBP"] }); // FOI 0004-24 line 79
  assert.ok(String(kernelBundle(table)["text/html"]).includes("£561,813"));
});

Deno.test("installTableDisplay() installs once: calling it again keeps the same methods", () => {
  const proto = aq.ColumnTable.prototype as unknown as Record<symbol, unknown>;
  const before = [proto[JUPYTER_DISPLAY], proto[DENO_INSPECT]];
  installTableDisplay();
  installTableDisplay();
  assert.deepEqual([proto[JUPYTER_DISPLAY], proto[DENO_INSPECT]], before);
  assert.equal(Object.getOwnPropertyDescriptor(proto, JUPYTER_DISPLAY)?.enumerable, false);
  assert.ok(!Object.keys(aq.table({ a: [1] })).some((k) => k.includes("display")));
});

Deno.test("budgetShares() displays as its three tables under their names, and still destructures", async () => {
  const result = budgetShares(await load("commissioning_spend", { stated: true }), {
    by: ["priority"],
    totalsBy: ["section"],
  });
  assert.deepEqual(Object.keys(result), ["shares", "reconciliation", "noValue"]);
  const { shares, reconciliation, noValue } = result;
  const bundle = kernelBundle(result);
  const html = String(bundle["text/html"]);
  for (
    const [name, table] of [["shares", shares], ["reconciliation", reconciliation], [
      "noValue",
      noValue,
    ]] as const
  ) {
    assert.ok(html.includes(`<caption>${name}</caption>`), name);
    assert.ok(
      String(bundle["text/plain"]).includes(
        String(show(table, { title: name }).bundle["text/plain"]),
      ),
    );
  }
  // seeds/llr_opcc_commissioning_framework_2024_25.txt lines 201 and 221: both TOTALs reproduce
  assert.match(Deno.inspect(result), /^reconciliation\n/m);
  assert.match(Deno.inspect(result), /^commissioned\s+4,654,011\s+4,654,011\s+0\s/m);
});
