import assert from "node:assert/strict";
import { KernelError } from "../../lib/notebook/errors.ts";
import { ExecutionError } from "../../lib/notebook/execution_error.ts";
import { formatRunSummary } from "../../lib/notebook/format_run_summary.ts";
import { result } from "./_run_results.ts";

const cellError = {
  cellIndex: 1,
  cellId: "fails",
  executionCount: 2,
  source: "throw new RangeError(`total ${total} is out of range`);",
  ename: "RangeError",
  evalue: "total 42 is out of range",
  traceback: ["\u001b[31mRangeError\u001b[0m: total 42 is out of range", "    at <anonymous>:2:7"],
};

Deno.test("formatRunSummary() shows a failing cell's source and traceback, and where the copy is", () => {
  const failure = new ExecutionError("raises.ipynb", cellError);
  const text = formatRunSummary({
    results: [
      result("ok.ipynb"),
      result("raises.ipynb", {
        status: "error",
        message: failure.message.split("\n")[0],
        failure,
        cellError,
        written: "out/notebooks/raises.ipynb",
      }),
    ],
    ok: false,
    durationMs: 2500,
  });
  assert.equal(
    text,
    [
      "ERROR raises.ipynb",
      'Cannot run notebook "raises.ipynb": cells[1] (In [2]) raised RangeError: total 42 is out of range',
      "-".repeat(75),
      "throw new RangeError(`total ${total} is out of range`);",
      "-".repeat(75),
      "RangeError: total 42 is out of range",
      "    at <anonymous>:2:7",
      "Executed notebook written to out/notebooks/raises.ipynb, with the error in it",
      "",
      "2 notebooks in 2.5 s: 1 ok, 1 error",
      "",
    ].join("\n"),
  );
});

Deno.test("formatRunSummary() shows the differences --check found", () => {
  const text = formatRunSummary({
    results: [result("a.ipynb", {
      status: "differs",
      message: 'Outputs of notebook "a.ipynb" differ from the stored ones: 1 difference',
      differences: [{
        cellIndex: 2,
        cellId: "label",
        outputIndex: 0,
        mimeType: "stream/stdout",
        message: "stream/stdout differs",
        diff: "--- stored\n+++ fresh\n@@ -1 +1 @@\n-2022\n+2023",
      }],
    })],
    ok: false,
    durationMs: 900,
  });
  assert.equal(
    text,
    [
      "DIFFERS a.ipynb",
      'Outputs of notebook "a.ipynb" differ from the stored ones: 1 difference',
      "1 output difference",
      "",
      'cells[2] (id "label"), outputs[0]: stream/stdout differs',
      "--- stored\n+++ fresh\n@@ -1 +1 @@\n-2022\n+2023",
      "",
      "1 notebook in 0.9 s: 0 ok, 1 differs",
      "",
    ].join("\n"),
  );
});

Deno.test("formatRunSummary() quotes the end of a dead kernel's output", () => {
  const failure = new KernelError("died", "Cannot execute notebook cell 1: the kernel exited", {
    stderr:
      "Warning: something harmless\nthread 'main' panicked\n\nnote: run with RUST_BACKTRACE\n",
  });
  const text = formatRunSummary({
    results: [result("dies.ipynb", {
      status: "failed",
      message: 'Cannot run notebook "dies.ipynb": cells[1] (In [2]): the kernel exited',
      failure,
    })],
    ok: false,
    durationMs: 100,
  });
  assert.equal(
    text,
    [
      "FAILED dies.ipynb",
      'Cannot run notebook "dies.ipynb": cells[1] (In [2]): the kernel exited',
      "The kernel's last output:",
      "  thread 'main' panicked",
      "  note: run with RUST_BACKTRACE",
      "",
      "1 notebook in 0.1 s: 0 ok, 1 failed",
      "",
    ].join("\n"),
  );
});

Deno.test("formatRunSummary() says a failed in-place run left its source alone", () => {
  const failure = new ExecutionError("raises.ipynb", cellError);
  const notebook = { nbformat: 4 as const, nbformat_minor: 5, metadata: {}, cells: [] };
  const text = formatRunSummary(
    {
      results: [result("raises.ipynb", { status: "error", failure, notebook })],
      ok: false,
      durationMs: 100,
    },
    { inPlace: true },
  );
  assert.ok(text.endsWith(
    "Not written: the source raises.ipynb is left as it was\n\n1 notebook in 0.1 s: 0 ok, 1 error\n",
  ));
});

Deno.test("formatRunSummary() counts every status and says when there was nothing to run", () => {
  const text = formatRunSummary({
    results: [
      result("a.ipynb"),
      result("b.ipynb", { status: "failed", message: "Cannot read notebook" }),
      result("c.ipynb", { status: "cancelled", message: "Did not run" }),
      result("d.ipynb", { status: "cancelled", message: "Did not run" }),
    ],
    ok: false,
    durationMs: 61_000,
  });
  assert.ok(text.endsWith("\n4 notebooks in 1 min 01 s: 1 ok, 1 failed, 2 cancelled\n"));
  assert.equal(
    formatRunSummary({ results: [], ok: true, durationMs: 3 }),
    "0 notebooks: nothing to run\n",
  );
});
