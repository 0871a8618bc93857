import assert from "node:assert/strict";
import { executeNotebook } from "../../lib/notebook/execute_notebook.ts";
import { DENO_KERNELSPEC, type Notebook } from "../../lib/notebook/nbformat.ts";
import { requireTool } from "../_tools.ts";
import { pythonHas } from "../notebook/_peers.ts";
import { childProcesses, code, nbconvertExecute, notebookOf } from "./_kernel_tools.ts";

const settle = "await new Promise((resolve) => setTimeout(resolve, 50));";

/** One cell per kind of output, ending with a cell that raises (nbclient would stop there). */
function outputsNotebook(): Notebook {
  const notebook = notebookOf(
    { cell_type: "markdown", id: "intro", metadata: {}, source: "# Outputs" },
    code(`console.log("one"); console.log("two"); console.error("careful"); ${settle}`),
    code(`console.log("10%\\r100%"); ${settle}`),
    code(`({ total: 1234, label: "a\\nb" })`),
    code(
      `await Deno.jupyter.display({ "text/plain": "first", "text/html": "<p>first</p>\\n<p>line</p>" },` +
        ` { raw: true, display_id: "progress" }); ${settle}`,
    ),
    code("  \n"),
    code(
      `await Deno.jupyter.display({ "text/plain": "updated" },` +
        ` { raw: true, display_id: "progress", update: true }); ${settle}`,
    ),
    code(
      `console.log("gone"); await Deno.jupyter.broadcast("clear_output", { wait: true });` +
        ` console.log("kept"); ${settle}`,
    ),
    code(
      `await Deno.jupyter.display({ "application/json": { rows: [1, 2] },` +
        ` "application/vnd.plotly.v1+json": { data: [{ x: [1, 2], y: [3, 4] }], layout: {} },` +
        ` "text/plain": "figure" }, { raw: true }); ${settle}`,
    ),
    code(
      `await Deno.jupyter.display({ "text/plain": "again" }, { raw: true, display_id: "progress" }); ${settle}`,
    ),
    code("Deno.jupyter.html`<b>bold</b>`"),
    code(`console.log("before"); ${settle} throw new TypeError("boom");`),
  );
  notebook.metadata.kernelspec = { ...DENO_KERNELSPEC };
  return notebook;
}

const outputsOf = (notebook: Notebook) =>
  notebook.cells.map((cell) =>
    cell.cell_type === "code" ? { count: cell.execution_count, outputs: cell.outputs } : null
  );

Deno.test("executeNotebook() stores each kind of output as nbformat 4.5 does", async () => {
  const { notebook, error } = await executeNotebook(outputsNotebook(), { cwd: Deno.cwd() });
  const stream = (name: string, text: string[]) => ({ name, output_type: "stream", text });
  const display = (data: Record<string, unknown>) => ({
    data,
    metadata: {},
    output_type: "display_data",
  });
  assert.deepEqual(outputsOf(notebook), [
    null,
    { count: 1, outputs: [stream("stdout", ["one\n", "two\n"]), stream("stderr", ["careful\n"])] },
    // "10%" is overwritten by the carriage return, as nbconvert's coalesce_streams drops it.
    { count: 2, outputs: [stream("stdout", ["100%\n"])] },
    {
      count: 3,
      outputs: [{
        data: { "text/plain": ['{ total: 1234, label: "a\\nb" }'] },
        execution_count: 3,
        metadata: {},
        output_type: "execute_result",
      }],
    },
    // Updated twice later: by update_display_data (cell 6) and a new display with its id (cell 9).
    { count: 4, outputs: [display({ "text/plain": ["again"] })] },
    { count: null, outputs: [] },
    { count: 5, outputs: [] },
    { count: 6, outputs: [stream("stdout", ["kept\n"])] },
    {
      count: 7,
      outputs: [display({
        "application/json": { rows: [1, 2] },
        "application/vnd.plotly.v1+json": { data: [{ x: [1, 2], y: [3, 4] }], layout: {} },
        "text/plain": ["figure"],
      })],
    },
    { count: 8, outputs: [display({ "text/plain": ["again"] })] },
    {
      count: 9,
      outputs: [{
        data: { "text/html": ["<b>bold</b>"] },
        execution_count: 9,
        metadata: {},
        output_type: "execute_result",
      }],
    },
    {
      count: 10,
      outputs: [stream("stdout", ["before\n"]), {
        ename: "TypeError",
        evalue: "boom",
        output_type: "error",
        // Positions are in the kernel's wrapping of code with a top-level await.
        traceback: ["TypeError: boom", "    at <anonymous>:3:7"],
      }],
    },
  ]);
  assert.equal(error?.cellIndex, 11);
  assert.deepEqual(notebook.metadata.kernelspec, DENO_KERNELSPEC);
  assert.equal((notebook.metadata.language_info as { name: string }).name, "typescript");
  assert.deepEqual(await childProcesses(), []);
});

const nbclient = requireTool(
  "/usr/bin/python3 with nbclient, nbconvert and nbformat " +
    "(apt-get install python3-nbclient jupyter-nbconvert python3-nbformat)",
  pythonHas("nbclient", "nbconvert", "nbformat"),
);

Deno.test({
  name: "executeNotebook() stores the same outputs as jupyter nbconvert --execute (nbclient)",
  ...nbclient,
  async fn() {
    const ours = await executeNotebook(outputsNotebook(), { cwd: Deno.cwd() });
    const dir = await Deno.makeTempDir({ prefix: "nbclient-compare-" });
    try {
      // nbclient stops reading a cell at its idle status, and this kernel may publish a last
      // output just after it: a reference run that lost one is run again (at most three runs).
      let reference: Notebook | null = null;
      for (let run = 0; run < 3; run++) {
        reference = await nbconvertExecute(outputsNotebook(), dir);
        if (JSON.stringify(outputsOf(reference)) === JSON.stringify(outputsOf(ours.notebook))) {
          break;
        }
      }
      assert.deepEqual(outputsOf(ours.notebook), outputsOf(reference!));
      assert.deepEqual(ours.notebook.metadata.language_info, reference!.metadata.language_info);
      assert.deepEqual(ours.notebook.metadata.kernelspec, reference!.metadata.kernelspec);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("executeNotebook() stops at the first cell that raises and reports it as a value", async () => {
  const notebook = notebookOf(
    code("const total = 40 + 2;"),
    code('console.log("about to fail");\nthrow new RangeError(`total ${total} is out of range`);'),
    code('console.log("never runs")'),
  );
  notebook.cells[2] = { ...notebook.cells[2], execution_count: 7 } as Notebook["cells"][number];
  const { notebook: run, error } = await executeNotebook(notebook, { cwd: Deno.cwd() });
  assert.deepEqual(error, {
    cellIndex: 1,
    cellId: notebook.cells[1].id,
    executionCount: 2,
    source:
      'console.log("about to fail");\nthrow new RangeError(`total ${total} is out of range`);',
    ename: "RangeError",
    evalue: "total 42 is out of range",
    traceback: ["RangeError: total 42 is out of range", "    at <anonymous>:2:7"],
  });
  const failed = run.cells[1] as { outputs: { output_type: string }[] };
  assert.deepEqual(failed.outputs.map((o) => o.output_type), ["stream", "error"]);
  // The stale count given for the last cell is cleared: it did not run.
  assert.deepEqual(run.cells[2], { ...notebook.cells[2], execution_count: null, outputs: [] });
  assert.equal(notebook.cells[2].cell_type === "code" && notebook.cells[2].execution_count, 7);
});

Deno.test("executeNotebook() keeps outputs the kernel publishes after reporting idle", async () => {
  // Without waiting for the kernel's output queue to drain, a few of these cells lose their
  // last outputs (measured: 2-4 cells in 300).
  const cells = Array.from({ length: 150 }, (_, i) =>
    code(
      `console.log("a${i}"); console.error("e${i}"); console.log("b${i}");` +
        ` Deno.jupyter.display({ "text/plain": "d${i}" }, { raw: true }); ${i}`,
    ));
  const { notebook } = await executeNotebook(notebookOf(...cells), { cwd: Deno.cwd() });
  const incomplete = notebook.cells.filter((cell, i) =>
    JSON.stringify(cell.cell_type === "code" && cell.outputs) !== JSON.stringify([
      { name: "stdout", output_type: "stream", text: [`a${i}\n`] },
      { name: "stderr", output_type: "stream", text: [`e${i}\n`] },
      { name: "stdout", output_type: "stream", text: [`b${i}\n`] },
      { data: { "text/plain": [`d${i}`] }, metadata: {}, output_type: "display_data" },
      {
        data: { "text/plain": [String(i)] },
        execution_count: i + 1,
        metadata: {},
        output_type: "execute_result",
      },
    ])
  );
  assert.deepEqual(incomplete, []);
});

Deno.test("executeNotebook() reports progress after each code cell it runs", async () => {
  const events: { cellIndex: number; done: number; total: number }[] = [];
  await executeNotebook(
    notebookOf(
      code("1"),
      { cell_type: "markdown", id: "note", metadata: {}, source: "text" },
      code(""),
      code("2"),
    ),
    {
      cwd: Deno.cwd(),
      onProgress: ({ cellIndex, done, total, elapsedMs }) => {
        assert.ok(elapsedMs > 0);
        events.push({ cellIndex, done, total });
      },
    },
  );
  assert.deepEqual(events, [{ cellIndex: 0, done: 1, total: 2 }, {
    cellIndex: 3,
    done: 2,
    total: 2,
  }]);
});

Deno.test("executeNotebook() runs the kernel in the folder given, so relative paths resolve there", async () => {
  const dir = await Deno.makeTempDir({ prefix: "nb-cwd-" });
  try {
    await Deno.writeTextFile(`${dir}/figures.txt`, "1234\n");
    const { notebook } = await executeNotebook(
      notebookOf(code('(await Deno.readTextFile("figures.txt")).trim()')),
      { cwd: dir },
    );
    const cell = notebook.cells[0] as { outputs: { data?: Record<string, unknown> }[] };
    assert.deepEqual(cell.outputs[0].data, { "text/plain": ['"1234"'] });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("executeNotebook() answers prompt() with null: a headless run has no stdin", async () => {
  const { notebook } = await executeNotebook(notebookOf(code('String(prompt("Your name?"))')), {
    cwd: Deno.cwd(),
  });
  const cell = notebook.cells[0] as { outputs: { data?: Record<string, unknown> }[] };
  assert.deepEqual(cell.outputs[0].data, { "text/plain": ['"null"'] });
});

Deno.test("executeNotebook() rejects a timeout that is not a positive number of seconds", async () => {
  await assert.rejects(executeNotebook(notebookOf(), { cwd: Deno.cwd(), timeout: -1 }), {
    name: "RangeError",
    message:
      'Cannot execute notebook: option "timeout" must be a positive number of seconds, got "-1"',
  });
});
