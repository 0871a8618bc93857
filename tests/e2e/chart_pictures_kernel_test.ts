/**
 * Chart pictures in an interactive kernel: a real Deno kernel draws each chart's picture itself
 * (with its own Chromium, closed when the kernel exits) unless our runner started it; where
 * Chromium is missing the chart says how to get pictures.
 *
 * @module
 */
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { barChart, lineChart } from "../../lib/charts/mod.ts";
import { load } from "../../lib/data/mod.ts";
import { altText, CHART_PICTURES_ENV, escapeHtml } from "../../lib/display/mod.ts";
import { startKernel } from "../../lib/notebook/mod.ts";
import { findChromium, PICTURE_WIDTH } from "../../lib/picture/mod.ts";
import { requireTool } from "../_tools.ts";
import { goneWithin } from "./_kernel_tools.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const hasChromium = await findChromium().then(() => true, () => false);
const withChromium = requireTool(
  "Chromium (apt-get install chromium, or set CHROMIUM_PATH)",
  hasChromium,
);

const SETUP = `import { load } from "./lib/data/mod.ts";
import { barChart, lineChart } from "./lib/charts/mod.ts";
import { chart, display } from "./lib/display/mod.ts";
const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
const referrals = (await load("victim_first_under18"))
  .filter((d) => d.measure === "under18_referrals" && d.role === "observation");`;
const AS_VALUE = `chart(barChart(contract, { x: "financial_year", title: "Contract" }))`;
const BY_DISPLAY =
  `await display(chart(lineChart(referrals, { x: "quarter", color: "financial_year" })));`;

async function expectedFigures() {
  const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
  const referrals = (await load("victim_first_under18"))
    .filter((d) => d.measure === "under18_referrals" && d.role === "observation");
  return [
    barChart(contract, { x: "financial_year", title: "Contract" }),
    lineChart(referrals, { x: "quarter", color: "financial_year" }),
  ];
}

interface Shown {
  outputs: { type: string; data: Record<string, unknown> }[];
  // Chromium processes the kernel started, and whether each is alive after the kernel exits.
  browsers: number[];
}

// Runs the two chart cells in a fresh kernel with the given extra environment.
async function showCharts(env: Record<string, string>): Promise<Shown> {
  const base = Deno.env.toObject();
  delete base[CHART_PICTURES_ENV];
  const kernel = await startKernel({ cwd: ROOT, env: { ...base, ...env } });
  const outputs: Shown["outputs"] = [];
  let browsers: number[] = [];
  try {
    for (const source of [SETUP, AS_VALUE, BY_DISPLAY]) {
      const reply = await kernel.execute(source, {
        onMessage: (type, content) => {
          if (type !== "execute_result" && type !== "display_data") return;
          outputs.push({ type, data: content.data as Record<string, unknown> });
        },
      });
      assert.equal(reply.status, "ok", JSON.stringify(reply));
    }
    browsers = await descendants(kernel.pid, /chrom/);
  } finally {
    await kernel.shutdown();
  }
  return { outputs, browsers };
}

// Processes below `pid` (children, grandchildren…) whose command line matches.
async function descendants(pid: number, pattern: RegExp): Promise<number[]> {
  const parent = new Map<number, number>();
  const commands = new Map<number, string>();
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    const stat = await Deno.readTextFile(`/proc/${entry.name}/stat`).catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parent.set(Number(entry.name), ppid);
    commands.set(
      Number(entry.name),
      await Deno.readTextFile(`/proc/${entry.name}/cmdline`).catch(() => ""),
    );
  }
  const below = (p: number): boolean => {
    for (let up = parent.get(p); up !== undefined && up > 1; up = parent.get(up)) {
      if (up === pid) return true;
    }
    return false;
  };
  return [...parent.keys()].filter((p) => below(p) && pattern.test(commands.get(p) ?? ""));
}

function pngSize(base64: string): [number, number] {
  const bytes = Buffer.from(base64, "base64");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

Deno.test({
  name: "An interactive kernel draws each chart's picture itself, and its Chromium ends with it",
  ...withChromium,
  fn: async () => {
    const { outputs, browsers } = await showCharts({});
    assert.deepEqual(outputs.map((o) => o.type), ["execute_result", "display_data"]);
    const figures = await expectedFigures();
    for (const [i, { data }] of outputs.entries()) {
      const png = String(data["image/png"]);
      // Bar charts default to 480 px high, line charts to 440 (lib/charts); pictures 900 wide.
      assert.deepEqual(pngSize(png), [PICTURE_WIDTH, i === 0 ? 480 : 440]);
      const html = String(data["text/html"]);
      const alt = escapeHtml(altText(figures[i]));
      assert.ok(html.includes(`<img src="data:image/png;base64,${png}" alt="${alt}"`), html);
      assert.ok(html.includes("<table>"), "the values stay beneath the picture");
    }
    assert.match(altText(figures[1]), /2022-23 falls from 510 in Q1 to 415 in Q4\./);
    assert.ok(browsers.length > 0, "the kernel started Chromium");
    for (const pid of browsers) assert.ok(await goneWithin(pid, 5000), `Chromium ${pid} outlived`);
  },
});

Deno.test({
  name: "A kernel whose CHROMIUM_PATH names no file shows the values and says how to get pictures",
  fn: async () => {
    const { outputs, browsers } = await showCharts({ CHROMIUM_PATH: "/no/such/chromium" });
    assert.equal(outputs.length, 2);
    for (const { data } of outputs) {
      assert.ok(!("image/png" in data));
      const html = String(data["text/html"]);
      assert.ok(
        html.includes(
          "No picture of this chart: Cannot draw chart pictures: CHROMIUM_PATH is " +
            "&quot;/no/such/chromium&quot;, which is not a file; install Debian&#39;s chromium " +
            "package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome " +
            "executable.",
        ),
        html,
      );
      assert.ok(html.includes("<table>"));
    }
    assert.deepEqual(browsers, []);
  },
});

Deno.test({
  name: "A kernel started by our runner leaves the pictures to the runner",
  fn: async () => {
    const { outputs, browsers } = await showCharts({ [CHART_PICTURES_ENV]: "runner" });
    assert.equal(outputs.length, 2);
    for (const { data } of outputs) {
      assert.ok(!("image/png" in data));
      assert.match(String(data["text/html"]), /No picture of this chart here\./);
    }
    assert.deepEqual(browsers, []);
  },
});
