import assert from "node:assert/strict";
import { findCellError } from "../../lib/notebook/mod.ts";
import { everyOutputNotebook } from "./_sample_notebooks.ts";

Deno.test("findCellError() returns the first error output with its cell", () => {
  const nb = everyOutputNotebook();
  assert.deepEqual(findCellError(nb), {
    cellIndex: 3,
    cellId: "failing",
    executionCount: 3,
    source: "throw new TypeError('bad \"value\"');",
    ename: "TypeError",
    evalue: 'bad "value"',
    traceback: ['\u001b[31mTypeError\u001b[0m: bad "value"', "    at <anonymous>:1:7"],
  });
});

Deno.test("findCellError() prefers the earlier cell when several raised", () => {
  const nb = everyOutputNotebook();
  const outputs = nb.cells[2].cell_type === "code" ? nb.cells[2].outputs : [];
  outputs.push({ output_type: "error", ename: "Error", evalue: "first", traceback: [] });
  const found = findCellError(nb);
  assert.equal(found?.cellIndex, 2);
  assert.equal(found?.evalue, "first");
  assert.equal(found?.source, "console.log(1);\ndisplay(chart);\nvalue\n");
});

Deno.test("findCellError() returns null for a notebook that ran cleanly", () => {
  const nb = everyOutputNotebook();
  nb.cells.splice(3, 1);
  assert.equal(findCellError(nb), null);
});
