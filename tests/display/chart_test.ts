import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { load, readManifest } from "../../lib/data/mod.ts";
import { barChart, type Figure, treemap } from "../../lib/charts/mod.ts";
import { chart, PLOTLY_MIME_TYPE } from "../../lib/display/mod.ts";

async function table1Figure(): Promise<Figure> {
  const spend = (await load("commissioning_spend"))
    .filter((d) => d.section === "commissioned" && d.role === "observation");
  const source = (await readManifest()).find((s) => s.file.includes("commissioning_framework"));
  return barChart(spend, { x: "priority", title: "Commissioned services by priority", source });
}

Deno.test("chart() bundles the figure as Plotly JSON with HTML and plain-text fallbacks", async () => {
  const figure = await table1Figure();
  const out = chart(figure);
  assert.deepEqual(Object.keys(out.bundle).sort(), [PLOTLY_MIME_TYPE, "text/html", "text/plain"]);
  assert.equal(PLOTLY_MIME_TYPE, "application/vnd.plotly.v1+json");
  assert.deepEqual(out.bundle[PLOTLY_MIME_TYPE], {
    data: figure.data,
    layout: figure.layout,
    config: { displaylogo: false, responsive: true },
  });
});

Deno.test("chart() never puts plotly.js or a script in its outputs, and stays small", async () => {
  const text = JSON.stringify(chart(await table1Figure()).bundle);
  assert.ok(!/<script|plotly\.min\.js|plotly-latest|cdn\.plot\.ly/i.test(text));
  assert.ok(text.length < 12000, `${text.length} characters`);
});

Deno.test("chart() fallbacks list the values in pounds with the title and source", async () => {
  const out = chart(await table1Figure());
  const plain = String(out.bundle["text/plain"]);
  // Sums of framework lines 153-200 by priority (see tests/charts/bar_chart_test.ts).
  assert.match(plain, /^Chart: Commissioned services by priority$/m);
  assert.match(plain, /^Victim Services\s+£1,412,614$/m);
  assert.match(plain, /^Various\s+£597,235$/m);
  assert.match(plain, /^Licence: Open Government Licence v3\.0$/m);
  const html = String(out.bundle["text/html"]);
  assert.ok(
    html.includes("<figcaption><strong>Commissioned services by priority</strong></figcaption>"),
  );
  assert.ok(html.includes('<td class="n">£1,412,614</td>'));
  assert.ok(html.includes("<p>Commissioning Framework 2024-25, undated</p>"));
  assert.ok(html.includes("jupyterlab-plotly"));
});

Deno.test("chart() derives a stable id from the figure, whatever its key order", async () => {
  const figure = await table1Figure();
  const id = /id="(vc-chart-[0-9a-f]{12})"/.exec(String(chart(figure).bundle["text/html"]))?.[1];
  assert.ok(id);
  const reordered = JSON.parse(JSON.stringify({ layout: figure.layout, data: figure.data }));
  assert.ok(String(chart(reordered).bundle["text/html"]).includes(`id="${id}"`));
  assert.deepEqual(chart(figure).toMimeBundle(), chart(figure).toMimeBundle());
  const other = { ...figure, layout: { ...figure.layout, height: 500 } };
  assert.ok(!String(chart(other).bundle["text/html"]).includes(`id="${id}"`));
  assert.ok(String(chart(figure, { id: "spend-2" }).bundle["text/html"]).includes('id="spend-2"'));
});

Deno.test("chart() copies the figure, so later changes to it do not reach the output", async () => {
  const figure = await table1Figure();
  const out = chart(figure);
  (figure.data[0].y as number[])[0] = 0;
  const shown = out.bundle[PLOTLY_MIME_TYPE] as unknown as Figure;
  assert.equal((shown.data[0].y as number[])[0], 1412614);
});

Deno.test("chart() summarises a treemap as labels, parents and values", async () => {
  const spend = (await load("commissioning_spend")).filter((d) => d.role === "observation");
  const plain = String(
    chart(treemap(spend, { path: ["section", "priority"] })).bundle["text/plain"],
  );
  // framework lines 201 and 221; the root holds both
  assert.match(plain, /^label\s+parent\s+value$/m);
  assert.match(plain, /^Total\s+£6,674,237$/m);
  assert.match(plain, /^commissioned\s+Total\s+£4,654,011$/m);
  assert.match(plain, /^grants\s+Total\s+£2,020,226$/m);
});

Deno.test("chart() escapes text from the figure in its HTML fallback", () => {
  const out = chart({
    data: [{ type: "bar", name: "<img src=x>", x: ["<script>alert(1)</script>"], y: [1] }],
    layout: { title: { text: "A &amp; B &lt;i&gt;" } },
  });
  const html = String(out.bundle["text/html"]);
  assert.ok(!html.includes("<script>") && !html.includes("<img") && !html.includes("<i>"));
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("<strong>A &amp; B &lt;i&gt;</strong>"));
});

Deno.test("chart() refuses a figure JSON cannot carry, naming where the bad value is", () => {
  const check = (figure: unknown, message: string) =>
    assertThrowsWith(() => chart(figure as Figure), TypeError, message);
  check(
    { data: [{ type: "bar", y: [1, Number.NaN] }], layout: {} },
    "Cannot display chart: data[0].y[1] is NaN, which JSON cannot hold",
  );
  check(
    { data: [{ type: "bar" }], layout: { f: () => 1 } },
    "Cannot display chart: layout.f is a function, which JSON cannot hold",
  );
  check(
    { data: [{ type: "bar", x: [new Date(0)] }], layout: {} },
    "Cannot display chart: data[0].x[0] is a Date, not plain JSON",
  );
  check(
    { data: [{ type: "bar", name: undefined }], layout: {} },
    "Cannot display chart: data[0].name is undefined, which JSON cannot hold",
  );
  check(
    { data: [{ x: [1] }], layout: {} },
    'Cannot display chart: data[0] needs a "type" such as "bar"',
  );
  check(
    { data: {}, layout: {} },
    "Cannot display chart: expected a Plotly figure { data: [...], layout }, got an object",
  );
  check({ data: [], layout: [] }, "Cannot display chart: the figure's layout must be an object");
});

Deno.test("chart() rejects an id that is not a valid HTML id", () => {
  assertThrowsWith(
    () => chart({ data: [], layout: {} }, { id: "1 bad" }),
    RangeError,
    'Cannot display chart: option "id" must be a valid HTML id, got "1 bad"',
  );
});
