import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { barChart } from "../../lib/charts/mod.ts";
import {
  altText,
  chart,
  chartFigure,
  escapeHtml,
  JUPYTER_DISPLAY,
  PLOTLY_MIME_TYPE,
  withChartPicture,
  withoutChartPicture,
} from "../../lib/display/mod.ts";
import { commissioned } from "../charts/_fixtures.ts";

// A stand-in picture: these tests are about where the picture goes, not how it is drawn
// (tests/picture and tests/e2e draw real ones).
const PICTURE = { png: "iVBORw0KGgoAAAANSUhEUg==", width: 760, height: 480 };

async function shown() {
  return chart(barChart(await commissioned(), { x: "priority", title: "By priority" }));
}

Deno.test("chart() leaves a slot for the picture before the values, saying how to get pictures", async () => {
  const html = String((await shown()).bundle["text/html"]);
  const slot = html.indexOf('<div class="vc-picture">');
  assert.ok(slot > html.indexOf("<figcaption>") && slot < html.indexOf("<table>"));
  assert.match(html, /No picture of this chart here\./);
  assert.match(html, /apt-get install chromium/);
  assert.match(html, /set <code>CHROMIUM_PATH<\/code> to a Chromium or Chrome executable/);
  assert.ok(!("image/png" in (await shown()).bundle));
});

Deno.test("withChartPicture() adds image/png and an <img> with the figure's alt text above the values", async () => {
  const out = await shown();
  const bundle = withChartPicture(out.bundle, PICTURE);
  assert.equal(bundle["image/png"], PICTURE.png);
  const html = String(bundle["text/html"]);
  const figure = chartFigure(out.bundle)!;
  const alt = escapeHtml(altText(figure));
  assert.ok(
    html.includes(
      `<div class="vc-picture"><img src="data:image/png;base64,${PICTURE.png}" alt="${alt}" ` +
        'width="760" height="480" style="max-width:100%;height:auto"></div>',
    ),
  );
  assert.match(alt, /^By priority\. Bar chart of Amount \(£\) by Priority, 5 bars\./);
  assert.ok(html.indexOf("<img") < html.indexOf("<table>"));
  assert.ok(html.includes('<td class="n">£1,412,614</td>')); // the values stay
  assert.ok(!html.includes("No picture of this chart"));
  // The figure, the text and the original bundle are unchanged.
  assert.deepEqual(bundle[PLOTLY_MIME_TYPE], out.bundle[PLOTLY_MIME_TYPE]);
  assert.equal(bundle["text/plain"], out.bundle["text/plain"]);
  assert.ok(!("image/png" in out.bundle));
});

Deno.test("withChartPicture() reads HTML stored as notebook lines, and puts the picture first in another tool's chart", async () => {
  const out = await shown();
  const lines = String(out.bundle["text/html"]).split(/(?<=\n)/);
  const fromLines = withChartPicture({ ...out.bundle, "text/html": lines }, PICTURE);
  assert.equal(fromLines["text/html"], withChartPicture(out.bundle, PICTURE)["text/html"]);
  const figure = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} };
  const other = withChartPicture({ [PLOTLY_MIME_TYPE]: figure, "text/plain": "a chart" }, PICTURE);
  assert.match(String(other["text/html"]), /^<div class="vc-picture"><img [^>]+><\/div>$/);
});

Deno.test("withChartPicture() refuses an output that holds no Plotly figure", () => {
  assertThrowsWith(
    () => withChartPicture({ "text/plain": "42" }, PICTURE),
    TypeError,
    "Cannot add a chart picture: the output holds no Plotly figure",
  );
});

Deno.test("withoutChartPicture() says why there is no picture, escaped, and how to get one", async () => {
  const out = await shown();
  const bundle = withoutChartPicture(
    out.bundle,
    'Cannot draw chart pictures: CHROMIUM_PATH is "/x<y>", which is not a file.',
  );
  const html = String(bundle["text/html"]);
  assert.match(
    html,
    /No picture of this chart: Cannot draw chart pictures: CHROMIUM_PATH is &quot;\/x&lt;y&gt;&quot;, which is not a file\. Charts are drawn/,
  );
  assert.ok(!("image/png" in bundle));
  // An output without the slot is left as it is.
  const plain = { [PLOTLY_MIME_TYPE]: { data: [], layout: {} }, "text/plain": "x" };
  assert.deepEqual(withoutChartPicture(plain, "no"), plain);
});

Deno.test("chart() shown outside a kernel gives its bundle without drawing a picture", async () => {
  const out = await shown();
  const bundle = await out[JUPYTER_DISPLAY]();
  assert.deepEqual(bundle, out.toMimeBundle());
});
