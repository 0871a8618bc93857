/**
 * show(), chart() and display() inside a real Deno Jupyter kernel, driven by our own engine: the
 * kernel must send exactly our MIME bundles, as execute_result for a cell's last expression and
 * as display_data for display().
 *
 * @module
 */
import assert from "node:assert/strict";
import { load } from "../../lib/data/mod.ts";
import { barChart } from "../../lib/charts/mod.ts";
import { chart, CHART_PICTURES_ENV, show } from "../../lib/display/mod.ts";
import { type CodeCell, executeNotebook, joinSource, type Output } from "../../lib/notebook/mod.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

// nbformat keeps text as line arrays; a MIME bundle as sent holds one string per type.
function bundleOf(output: Output): Record<string, unknown> {
  if (!("data" in output)) return {};
  return Object.fromEntries(
    Object.entries(output.data).map((
      [type, value],
    ) => [type, Array.isArray(value) ? joinSource(value as string[]) : value]),
  );
}

async function runInKernel(sources: string[]): Promise<Output[][]> {
  const cells: CodeCell[] = sources.map((source, i) => ({
    cell_type: "code",
    id: `cell-${i}`,
    metadata: {},
    source,
    execution_count: null,
    outputs: [],
  }));
  const { notebook, error } = await executeNotebook(
    { nbformat: 4, nbformat_minor: 5, metadata: {}, cells },
    // As in a run by our runner, which draws chart pictures itself after the run (see
    // tests/e2e/chart_pictures_kernel_test.ts for a kernel that draws them): the bundles are ours.
    { cwd: ROOT, env: { ...Deno.env.toObject(), [CHART_PICTURES_ENV]: "runner" } },
  );
  assert.equal(error, null);
  return notebook.cells.map((cell) => (cell as CodeCell).outputs);
}

Deno.test({
  name: "The Deno kernel displays show() and chart() with exactly their MIME bundles",
  fn: async () => {
    const annual = (await load("victim_first_under18")).filter((d) => d.quarter === null);
    const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
    const expectedTable = show(annual, { columns: ["financial_year", "measure", "value"] });
    const expectedChart = chart(barChart(contract, { x: "financial_year" }));
    const [setup, last, mid] = await runInKernel([
      `import { load } from "./lib/data/mod.ts";
import { barChart } from "./lib/charts/mod.ts";
import { chart, display, show } from "./lib/display/mod.ts";
const annual = (await load("victim_first_under18")).filter((d) => d.quarter === null);
const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");`,
      `show(annual, { columns: ["financial_year", "measure", "value"] })`,
      `await display(chart(barChart(contract, { x: "financial_year" })));`,
    ]);
    assert.deepEqual(setup, []);
    assert.equal(last.length, 1);
    assert.equal(last[0].output_type, "execute_result");
    assert.deepEqual(bundleOf(last[0]), expectedTable.toMimeBundle());
    assert.equal(mid.length, 1);
    assert.equal(mid[0].output_type, "display_data");
    assert.deepEqual(bundleOf(mid[0]), expectedChart.toMimeBundle());
    // The kernel colours its own text/plain unless NO_COLOR is set; ours has no ANSI codes.
    assert.ok(!String(bundleOf(last[0])["text/plain"]).includes("\x1b"));
  },
});

Deno.test({
  name:
    "The Deno kernel shows a bare table, a grouped table and an analysis result as HTML, without colour codes",
  fn: async () => {
    const spend = await load("commissioning_spend", { stated: true });
    const expected = show(spend).toMimeBundle();
    const [setup, bare, grouped, result, prose] = await runInKernel([
      `import { budgetShares, load, md } from "./lib/mod.ts";
const spend = await load("commissioning_spend", { stated: true });`,
      `spend`,
      `spend.groupby("priority")`,
      `budgetShares(spend, { by: ["priority"], totalsBy: ["section"] })`,
      'md`**Victim First**: ${"<b>not bold</b>"}`',
    ]);
    assert.deepEqual(setup, []);
    for (const outputs of [bare, grouped, result, prose]) {
      assert.equal(outputs.length, 1);
      assert.equal(outputs[0].output_type, "execute_result");
      const bundle = bundleOf(outputs[0]);
      assert.equal(typeof bundle["text/html"], "string");
      assert.ok(!String(bundle["text/plain"]).includes("\x1b"));
      assert.ok(!String(bundle["text/html"]).includes("\x1b"));
    }
    // seeds/llr_opcc_commissioning_framework_2024_25.txt line 201: Table 1's TOTAL
    assert.deepEqual(bundleOf(bare[0]), expected);
    assert.ok(String(bundleOf(bare[0])["text/html"]).includes("£4,654,011"));
    assert.ok(String(bundleOf(grouped[0])["text/html"]).includes('<th class="group">'));
    assert.ok(
      String(bundleOf(result[0])["text/html"]).includes("<caption>reconciliation</caption>"),
    );
    assert.equal(
      bundleOf(prose[0])["text/html"],
      "<p><strong>Victim First</strong>: &lt;b&gt;not bold&lt;/b&gt;</p>\n",
    );
  },
});
