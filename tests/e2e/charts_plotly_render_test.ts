/**
 * Draws every builder's figure with the real plotly.js in headless Chromium: Plotly.validate()
 * must find nothing to fix, and the source note must sit below the tick labels and axis title
 * and inside the figure. plotly.js is loaded here, by the test, from node_modules; lib/ never
 * imports it.
 *
 * @module
 */
import assert from "node:assert/strict";
import { load } from "../../lib/data/mod.ts";
import {
  barChart,
  type Figure,
  lineChart,
  stackedBar,
  sunburst,
  treemap,
  waterfall,
} from "../../lib/charts/mod.ts";
import { requireTool } from "../_tools.ts";
import { CHROMIUM_TOOL, hasChromium, launchChromium } from "../_chromium.ts";
import { commissioned, seedInfo, table1Observations } from "../charts/_fixtures.ts";

const PLOTLY = new URL("../../node_modules/plotly.js-dist/plotly.js", import.meta.url).pathname;

async function figures(): Promise<Record<string, Figure>> {
  const framework = await seedInfo("commissioning_framework");
  const foi = await seedInfo("0004_24");
  const observations = await table1Observations();
  const spend = await commissioned();
  const referrals = (await load("victim_first_under18"))
    .filter((d) => d.measure === "under18_referrals" && d.role === "observation");
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "under18_referrals");
  const source = { source: framework };
  return {
    bar: barChart(spend, { x: "priority", title: "By priority", ...source }),
    horizontalBar: barChart(spend, { x: "project", title: "By project", ...source }),
    stackedBar: stackedBar(observations, { x: "priority", color: "section", ...source }),
    line: lineChart(referrals, { x: "quarter", color: "financial_year", source: foi }),
    lineWithGaps: lineChart(sarc, { x: "quarter", color: "financial_year", source: foi }),
    treemap: treemap(observations, { path: ["section", "priority", "project"], ...source }),
    sunburst: sunburst(observations, { path: ["section", "priority"], ...source }),
    waterfall: waterfall(spend, { x: "priority", total: 4654011, ...source }),
  };
}

interface Drawn {
  problems: string[];
  note: number[];
  above: number;
  figure: number[];
}

Deno.test({
  name: "Every chart builder's figure passes Plotly.validate() and keeps its note clear",
  ...requireTool(CHROMIUM_TOOL, hasChromium),
  fn: async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.setContent('<div id="plot" style="width:880px"></div>');
      await page.addScriptTag({ path: PLOTLY });
      for (const [name, figure] of Object.entries(await figures())) {
        const drawn: Drawn = await page.evaluate(draw, JSON.stringify(figure));
        assert.deepEqual(drawn.problems, [], name);
        // [top, bottom] of the note, the lowest tick label or axis title, and the figure.
        assert.ok(
          drawn.note[0] >= drawn.above,
          `${name}: note overlaps the axis (${JSON.stringify(drawn)})`,
        );
        assert.ok(
          drawn.note[1] <= drawn.figure[1],
          `${name}: note runs off the figure (${JSON.stringify(drawn)})`,
        );
      }
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  },
});

interface Page {
  // deno-lint-ignore no-explicit-any
  Plotly: any;
  document: {
    querySelectorAll(selector: string): ArrayLike<{
      getBoundingClientRect(): { top: number; bottom: number };
    }>;
  };
}

// Runs in the page (so it uses nothing from this module's scope).
async function draw(json: string): Promise<Drawn> {
  const figure = JSON.parse(json);
  const { Plotly, document } = globalThis as unknown as Page;
  const problems = (Plotly.validate(figure.data, figure.layout) ?? []).map((p: { msg: string }) =>
    p.msg
  );
  Plotly.purge("plot");
  await Plotly.newPlot("plot", figure.data, figure.layout);
  const box = (selector: string) =>
    Array.from(document.querySelectorAll(selector)).map((e) => {
      const r = e.getBoundingClientRect();
      return [r.top, r.bottom];
    });
  const axis = [...box(".xtick"), ...box(".g-xtitle")].map((b) => b[1]);
  return {
    problems,
    note: box(".annotation")[0],
    above: Math.max(0, ...axis),
    figure: box(".main-svg")[0],
  };
}
