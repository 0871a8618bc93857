import assert from "node:assert/strict";
import { type NotebookRun, siteSummary } from "../../lib/report/mod.ts";

const nb = { nbformat: 4 as const, nbformat_minor: 5, metadata: {}, cells: [] };
const RUNS: NotebookRun[] = [
  {
    name: "spend.ipynb",
    path: "notebooks/spend.ipynb",
    notebook: nb,
    status: "ok",
    durationMs: 900,
  },
  {
    name: "referrals.ipynb",
    path: "notebooks/referrals.ipynb",
    notebook: nb,
    status: "error",
    durationMs: 400,
    error: {
      cellIndex: 4,
      ename: "RangeError",
      evalue: 'Cannot parse quarter "Q5"\n    more detail',
      traceback: [],
    },
  },
  {
    name: "asb.ipynb",
    path: "notebooks/asb.ipynb",
    notebook: null,
    status: "failed-to-run",
    durationMs: 20,
    error: { message: "the kernel did not start" },
  },
];

Deno.test("siteSummary() counts the runs, names each failure with its cell, and says where the report is", () => {
  assert.deepEqual(
    siteSummary(RUNS, { counts: { reproduced: 20, discrepancy: 2, "not-computable": 1 } }, {
      index: "out/site/index.html",
    }),
    [
      "Notebooks: 3 run, 1 ok, 2 failed",
      // cellIndex 4 is the fifth cell; only the first line of the message is printed.
      '  FAIL referrals.ipynb: cell 5 raised RangeError: Cannot parse quarter "Q5"',
      "  FAIL asb.ipynb: did not run: the kernel did not start",
      "Findings: 20 reproduced, 2 discrepancy, 1 not-computable",
      "Report: out/site/index.html",
    ],
  );
});

Deno.test("siteSummary() leaves out the findings when there are none, and the report when not given", () => {
  assert.deepEqual(siteSummary(RUNS.slice(0, 1), null), ["Notebooks: 1 run, 1 ok, 0 failed"]);
});

Deno.test("siteSummary() says a failed run failed even when it carries no error", () => {
  const run: NotebookRun = { ...RUNS[0], status: "failed-to-run" };
  assert.deepEqual(siteSummary([run], { counts: {} }), [
    "Notebooks: 1 run, 0 ok, 1 failed",
    "  FAIL spend.ipynb: did not run",
    "Findings: 0 findings",
  ]);
});
