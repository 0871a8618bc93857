/**
 * Chart pictures made by our runner: after a real kernel has run the notebooks, every chart
 * output carries its picture (`image/png`, an `<img>` with alt text in its HTML, the alt text in
 * its metadata), drawn by one Chromium for the whole run and closed after it; `--check` then
 * compares charts by their figures, not by their pictures' bytes.
 *
 * @module
 */
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { altText, chartFigure, escapeHtml, PLOTLY_MIME_TYPE } from "../../lib/display/mod.ts";
import {
  type CodeCell,
  joinSource,
  type Notebook,
  type Output,
  readNotebook,
  runNotebook,
  runNotebooks,
  serializeNotebook,
} from "../../lib/notebook/mod.ts";
import { findChromium, PICTURE_WIDTH } from "../../lib/picture/mod.ts";
import { requireTool } from "../_tools.ts";
import { childProcesses, code, notebookOf } from "./_kernel_tools.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const MOD = new URL("../../lib/mod.ts", import.meta.url).href;
const hasChromium = await findChromium().then(() => true, () => false);
const withChromium = requireTool(
  "Chromium (apt-get install chromium, or set CHROMIUM_PATH)",
  hasChromium,
);

const SETUP = `import { aq, barChart, chart, display, lineChart, load, treemap } from "${MOD}";
const spend = (await load("commissioning_spend")).filter((d) => d.role === "observation");
const referrals = (await load("victim_first_under18"))
  .filter((d) => d.measure === "under18_referrals" && d.role === "observation");`;

// Two notebooks with four charts between them: shown by display() and as a cell's last value.
function notebooks(): Notebook[] {
  return [
    notebookOf(
      code(SETUP),
      code(`await display(chart(barChart(spend, { x: "priority", title: "By priority" })));
await display(chart(lineChart(referrals, { x: "quarter", color: "financial_year" })));`),
      code(`chart(treemap(spend, { path: ["section", "priority"] }))`),
    ),
    notebookOf(
      code(SETUP),
      code(`console.log("no chart here")`),
      code(`chart(barChart(spend, { x: "section", title: "By section" }))`),
    ),
  ];
}

async function writeNotebooks(): Promise<string[]> {
  await Deno.mkdir(`${ROOT}out`, { recursive: true });
  const dir = await Deno.makeTempDir({ dir: `${ROOT}out`, prefix: "chart-pictures-" });
  return await Promise.all(
    notebooks().map(async (notebook, i) => {
      const path = `${dir}/charts_${i}.ipynb`;
      await Deno.writeTextFile(path, serializeNotebook(notebook));
      return path;
    }),
  );
}

type DataOutput = Extract<Output, { data: unknown }>;

function chartOutputs(notebook: Notebook): DataOutput[] {
  return notebook.cells.flatMap((cell) => cell.cell_type === "code" ? cell.outputs : [])
    .filter((output): output is DataOutput => "data" in output && PLOTLY_MIME_TYPE in output.data);
}

Deno.test({
  name: "The runner adds a picture with alt text to every chart of the notebooks it runs",
  ...withChromium,
  fn: async () => {
    const paths = await writeNotebooks();
    let mostBrowsers = 0;
    let finished = false;
    const running = runNotebooks(paths, { jobs: 2 }).finally(() => (finished = true));
    while (!finished) {
      const browsers = (await childProcesses()).filter((p) => /chrom/.test(p.command));
      mostBrowsers = Math.max(mostBrowsers, browsers.length);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const run = await running;
    assert.deepEqual(run.results.map((r) => r.status), ["ok", "ok"]);
    const charts = run.results.flatMap((r) => chartOutputs(r.notebook!));
    assert.equal(charts.length, 4);
    for (const output of charts) {
      const png = String(output.data["image/png"]);
      const bytes = Buffer.from(png, "base64");
      assert.deepEqual([...bytes.subarray(1, 4)], [80, 78, 71]); // "PNG"
      const figure = chartFigure(output.data)!;
      const alt = altText(figure);
      const html = joinSource(output.data["text/html"] as string[]);
      assert.ok(html.includes(`<img src="data:image/png;base64,${png}" alt="${escapeHtml(alt)}"`));
      assert.ok(html.indexOf("<img") < html.indexOf("<table>"), "the values follow the picture");
      assert.deepEqual(output.metadata["image/png"], {
        width: PICTURE_WIDTH,
        height: figure.layout.height,
        alt,
      });
    }
    // The runner's one browser (a child of this process): the kernels started none of their own,
    // and it is closed once the run is over.
    assert.equal(mostBrowsers, 1);
    assert.deepEqual((await childProcesses()).filter((p) => /chrom/.test(p.command)), []);
    await Deno.remove(paths[0].slice(0, paths[0].lastIndexOf("/")), { recursive: true });
  },
});

Deno.test({
  name:
    "--check passes a re-run whose pictures differ in bytes, and catches a changed figure value",
  ...withChromium,
  fn: async () => {
    const [path] = await writeNotebooks();
    assert.equal((await runNotebook(path, { inPlace: true })).status, "ok");
    // The stored bar chart gets the line chart's picture: other bytes, same figure.
    const stored = await readNotebook(path);
    const [bar, line] = (stored.cells[1] as CodeCell).outputs as DataOutput[];
    const [barPng, linePng] = [bar, line].map((o) => String(o.data["image/png"]));
    assert.notEqual(barPng, linePng);
    bar.data["image/png"] = linePng;
    bar.data["text/html"] = joinSource(bar.data["text/html"] as string[]).replace(barPng, linePng);
    await Deno.writeTextFile(path, serializeNotebook(stored));
    const again = await runNotebook(path, { check: true });
    assert.equal(again.status, "ok", JSON.stringify(again.differences, null, 1));
    // A stored bar chart whose first bar was 1 higher: the figure differs, so the run differs.
    const figure = bar.data[PLOTLY_MIME_TYPE] as { data: { y: number[] }[] };
    figure.data[0].y[0] += 1;
    await Deno.writeTextFile(path, serializeNotebook(stored));
    const changed = await runNotebook(path, { check: true });
    assert.equal(changed.status, "differs");
    assert.deepEqual(changed.differences.map((d) => [d.cellIndex, d.outputIndex, d.mimeType]), [
      [1, 0, PLOTLY_MIME_TYPE],
    ]);
    await Deno.remove(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  },
});
