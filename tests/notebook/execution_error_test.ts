import assert from "node:assert/strict";
import { type CellError, ExecutionError } from "../../lib/notebook/mod.ts";

const CELL_ERROR: CellError = {
  cellIndex: 4,
  cellId: "totals",
  executionCount: 3,
  source: "const total = sum(rows);\nshow(total);\n",
  ename: "TypeError",
  evalue: "rows is not iterable",
  traceback: [
    "\u001b[0;31mTypeError\u001b[0m: rows is not iterable",
    "    at sum (<anonymous>:2:20)",
  ],
};

Deno.test("ExecutionError carries every field of the cell error and the notebook path", () => {
  const error = new ExecutionError("out/funding.ipynb", CELL_ERROR);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "ExecutionError");
  assert.deepEqual(
    {
      cellIndex: error.cellIndex,
      cellId: error.cellId,
      executionCount: error.executionCount,
      source: error.source,
      ename: error.ename,
      evalue: error.evalue,
      traceback: error.traceback,
    },
    CELL_ERROR,
  );
  assert.equal(error.notebookPath, "out/funding.ipynb");
});

Deno.test("ExecutionError's message shows the cell, its source and the plain traceback", () => {
  const rule = "-".repeat(75);
  assert.equal(
    new ExecutionError("out/funding.ipynb", CELL_ERROR).message,
    [
      'Cannot run notebook "out/funding.ipynb": cells[4] (In [3]) raised TypeError: rows is not iterable',
      rule,
      "const total = sum(rows);\nshow(total);",
      rule,
      "TypeError: rows is not iterable\n    at sum (<anonymous>:2:20)",
    ].join("\n"),
  );
});

Deno.test("ExecutionError's message falls back to name and value without a traceback", () => {
  const error = new ExecutionError("a.ipynb", {
    ...CELL_ERROR,
    executionCount: null,
    traceback: [],
  });
  const lines = error.message.split("\n");
  assert.equal(
    lines[0],
    'Cannot run notebook "a.ipynb": cells[4] (In [ ]) raised TypeError: rows is not iterable',
  );
  assert.equal(lines.at(-1), "TypeError: rows is not iterable");
});
