// Estimated and suppressed values are marked on the chart in words ([e], [c]), not by colour
// alone, and series differ by pattern or marker as well as colour.
import assert from "node:assert/strict";
import { aq } from "../../lib/mod.ts";
import { barChart, type JsonObject, lineChart, stackedBar } from "../../lib/charts/mod.ts";
import { suppress } from "../../lib/publish/mod.ts";

// seeds/nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt: "c£800,000" is an estimate.
const funding = aq.table({
  service: ["domestic violence support", "interim sexual violence support", "other"],
  value: [800000, 230000, 120000],
  unit: ["GBP", "GBP", "GBP"],
  approximate: [true, true, false],
});

function notes(layout: JsonObject): string {
  return (layout.annotations as JsonObject[]).map((a) => String(a.text)).join("\n");
}

Deno.test("barChart() writes [e] beside an estimated bar and explains it under the chart", () => {
  const figure = barChart(funding, { x: "service", title: "Funding, 2015-16" });
  assert.deepEqual(figure.data[0].text, ["[e]", "[e]", ""]);
  assert.equal(figure.data[0].textposition, "outside");
  assert.deepEqual((figure.data[0].meta as JsonObject).symbols, ["[e]", "[e]", ""]);
  assert.match(notes(figure.layout), /Symbols: \[e\] = estimated/);
});

Deno.test("barChart() marks a suppressed count [c] where its bar would be, never a bar of 0", () => {
  const counts = aq.table({ sex: ["Female", "Male", "Unknown"], count: [40, 35, 3] });
  const safe = suppress(counts, { category: "sex" });
  const figure = barChart(safe, { x: "sex", y: "count", title: "Referrals by sex" });
  assert.deepEqual(figure.data[0].y, [40, null, null]);
  const marks = (figure.layout.annotations as JsonObject[]).filter((a) => a.text === "[c]");
  assert.deepEqual(marks.map((m) => [m.x, m.y]), [["Male", 0], ["Unknown", 0]]);
  assert.match(notes(figure.layout), /\[c\] = confidential/);
});

Deno.test("stackedBar() gives each series its own fill pattern as well as its colour", () => {
  const t = aq.table({ x: ["a", "a", "b"], s: ["one", "two", "two"], value: [1, 2, 3] });
  const figure = stackedBar(t, { x: "x", color: "s", title: "T" });
  const shapes = figure.data.map((d) => ((d.marker as JsonObject).pattern as JsonObject).shape);
  assert.deepEqual(shapes, ["", "/"]);
  assert.notEqual(
    (figure.data[0].marker as JsonObject).color,
    (figure.data[1].marker as JsonObject).color,
  );
});

Deno.test("lineChart() gives each line its own markers and an estimated point an open one with [e]", () => {
  const t = aq.table({
    year: ["2021-22", "2022-23", "2021-22", "2022-23"],
    s: ["a", "a", "b", "b"],
    value: [1, 2, 3, 4],
    approximate: [false, true, false, false],
  });
  const figure = lineChart(t, { x: "year", color: "s", title: "T" });
  assert.deepEqual((figure.data[0].marker as JsonObject).symbol, ["circle", "circle-open"]);
  assert.deepEqual(figure.data[0].text, ["", "[e]"]);
  assert.equal((figure.data[1].marker as JsonObject).symbol, "square");
});

Deno.test("a chart without a title is given one: what it shows by what", () => {
  const figure = barChart(funding, { x: "service" });
  assert.equal((figure.layout.title as JsonObject).text, "Amount (£) by service");
  const line = lineChart(aq.table({ year: ["2021-22"], value: [1] }), { x: "year" });
  assert.equal((line.layout.title as JsonObject).text, "Value by year");
});
