import assert from "node:assert/strict";
import { compareOutputs, formatDifferences, type Notebook } from "../../lib/notebook/mod.ts";

function run(text: string, extra = false): Notebook {
  const cell = (id: string) => ({
    id,
    cell_type: "code" as const,
    metadata: {},
    source: "",
    execution_count: 1,
    outputs: [{ output_type: "stream" as const, name: "stdout" as const, text }],
  });
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: extra ? [cell("sum"), cell("new")] : [cell("sum")],
  };
}

Deno.test("formatDifferences() returns nothing when the outputs match", () => {
  assert.equal(formatDifferences(compareOutputs(run("1\n"), run("1\n"))), "");
});

Deno.test("formatDifferences() lists each difference with its place, summary and diff", () => {
  const report = formatDifferences(compareOutputs(run("1\n2\n"), run("1\n3\n", true)));
  assert.equal(
    report,
    "2 output differences\n\n" +
      'cells[0] (id "sum"), outputs[0]: stream/stdout differs\n' +
      "--- stored cells[0].outputs[0] stream/stdout\n" +
      "+++ fresh cells[0].outputs[0] stream/stdout\n" +
      "@@ -1,2 +1,2 @@\n 1\n-2\n+3\n" +
      "\n" +
      'cells[1] (id "new"): code cell is in the fresh notebook only\n',
  );
});
