/**
 * show(), chart() and display() inside a real Deno Jupyter kernel, driven by Python's
 * jupyter_client (Debian: python3-jupyter-client): the kernel must send exactly our MIME bundles,
 * as execute_result for a cell's last expression and as display_data for display().
 *
 * @module
 */
import assert from "node:assert/strict";
import { load } from "../../lib/data/mod.ts";
import { barChart } from "../../lib/charts/mod.ts";
import { chart, show } from "../../lib/display/mod.ts";
import { commandSucceeds, requireTool } from "../_tools.ts";

const PYTHON = "/usr/bin/python3";
const ROOT = new URL("../../", import.meta.url).pathname;

// Runs each cell in a fresh kernel and prints, per cell, its rich outputs as JSON.
const DRIVER = `
import json, sys
from jupyter_client.manager import start_new_kernel
km, kc = start_new_kernel(kernel_name="deno", cwd=sys.argv[1])
try:
    results = []
    for code in json.load(sys.stdin):
        msg_id = kc.execute(code)
        outputs = []
        while True:
            msg = kc.get_iopub_msg(timeout=120)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                break
            if kind in ("execute_result", "display_data", "error"):
                outputs.append({"type": kind, "content": msg["content"]})
        results.append(outputs)
    json.dump(results, sys.stdout)
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
`;

const hasKernelClient = commandSucceeds(PYTHON, ["-c", "import jupyter_client"]);

interface Output {
  type: string;
  content: { data?: Record<string, unknown>; ename?: string; evalue?: string };
}

async function runInKernel(cells: string[]): Promise<Output[][]> {
  const specs = await Deno.makeTempDir({ prefix: "vc-kernelspec-" });
  try {
    await Deno.mkdir(`${specs}/kernels/deno`, { recursive: true });
    await Deno.writeTextFile(
      `${specs}/kernels/deno/kernel.json`,
      JSON.stringify({
        argv: [Deno.execPath(), "jupyter", "--kernel", "--conn", "{connection_file}"],
        display_name: "Deno",
        language: "typescript",
      }),
    );
    const child = new Deno.Command(PYTHON, {
      args: ["-c", DRIVER, ROOT],
      env: { JUPYTER_PATH: specs },
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(JSON.stringify(cells)));
    await writer.close();
    const { success, stdout, stderr } = await child.output();
    assert.ok(success, new TextDecoder().decode(stderr));
    return JSON.parse(new TextDecoder().decode(stdout));
  } finally {
    await Deno.remove(specs, { recursive: true });
  }
}

Deno.test({
  name: "The Deno kernel displays show() and chart() with exactly their MIME bundles",
  ...requireTool(
    "python3 jupyter_client (apt-get install python3-jupyter-client)",
    hasKernelClient,
  ),
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
    assert.equal(last[0].type, "execute_result");
    assert.deepEqual(last[0].content.data, expectedTable.toMimeBundle());
    assert.equal(mid.length, 1);
    assert.equal(mid[0].type, "display_data");
    assert.deepEqual(mid[0].content.data, expectedChart.toMimeBundle());
    // The kernel colours its own text/plain unless NO_COLOR is set; ours has no ANSI codes.
    assert.ok(!String(last[0].content.data?.["text/plain"]).includes("\x1b"));
  },
});
