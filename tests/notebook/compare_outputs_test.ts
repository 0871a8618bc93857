import assert from "node:assert/strict";
import fc from "fast-check";
import { compareOutputs, type Notebook, type Output } from "../../lib/notebook/mod.ts";
import { everyOutputNotebook, PNG_1X1 } from "./_sample_notebooks.ts";

function single(outputs: Output[], metadata: Record<string, unknown> = {}): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata,
    cells: [{ id: "c", cell_type: "code", metadata: {}, source: "", execution_count: 1, outputs }],
  };
}

function stdout(text: string): Output {
  return { output_type: "stream", name: "stdout", text };
}

function codeOutputs(nb: Notebook, index: number): Output[] {
  const cell = nb.cells[index];
  assert.equal(cell.cell_type, "code");
  return cell.cell_type === "code" ? cell.outputs : [];
}

Deno.test("compareOutputs() finds nothing between a notebook and its copy", () => {
  assert.deepEqual(compareOutputs(everyOutputNotebook(), everyOutputNotebook()), []);
});

Deno.test("compareOutputs() ignores execution counts and output metadata", () => {
  const fresh = everyOutputNotebook();
  const result = codeOutputs(fresh, 2)[3];
  if (result.output_type === "execute_result") result.execution_count = 9;
  const display = codeOutputs(fresh, 2)[2];
  if (display.output_type === "display_data") display.metadata = {};
  assert.deepEqual(compareOutputs(everyOutputNotebook(), fresh), []);
});

Deno.test("compareOutputs() shows a changed line of text as a unified diff", () => {
  const stored = single([stdout("Total\n£1,200\nDone\n")]);
  const fresh = single([stdout("Total\n£1,250\nDone\n")]);
  assert.deepEqual(compareOutputs(stored, fresh), [{
    cellIndex: 0,
    cellId: "c",
    outputIndex: 0,
    mimeType: "stream/stdout",
    message: "stream/stdout differs",
    diff: "--- stored cells[0].outputs[0] stream/stdout\n" +
      "+++ fresh cells[0].outputs[0] stream/stdout\n" +
      "@@ -1,3 +1,3 @@\n Total\n-£1,200\n+£1,250\n Done",
  }]);
});

Deno.test("compareOutputs() summarises a changed image instead of diffing base64", () => {
  const stored = everyOutputNotebook();
  const fresh = everyOutputNotebook();
  // An image that is not a chart's picture (a chart's is compared by its figure instead).
  for (const nb of [stored, fresh]) {
    const output = codeOutputs(nb, 2)[2];
    if (output.output_type === "display_data") delete output.data["application/vnd.plotly.v1+json"];
  }
  const display = codeOutputs(fresh, 2)[2];
  if (display.output_type === "display_data") display.data["image/png"] += "AAAA";
  const [difference] = compareOutputs(stored, fresh);
  assert.equal(difference.mimeType, "image/png");
  const sizes = `stored ${PNG_1X1.length} characters, fresh ${PNG_1X1.length + 4}`;
  assert.equal(difference.message, `image/png differs (${sizes})`);
  assert.equal(difference.diff, "");
});

Deno.test("compareOutputs() skips what either notebook declares volatile, and only that", () => {
  const stored = everyOutputNotebook();
  const fresh = everyOutputNotebook();
  const display = codeOutputs(fresh, 2)[2];
  if (display.output_type === "display_data") {
    display.data["image/png"] = "changed";
    display.data["text/plain"] = "<Figure 2>";
  }
  fresh.cells[2].metadata.runner = { volatile: ["image/png"] };
  assert.deepEqual(compareOutputs(stored, fresh).map((d) => d.mimeType), ["text/plain"]);
  stored.cells[2].metadata.tags = ["nbval-ignore-output"];
  assert.deepEqual(compareOutputs(stored, fresh), []);
});

Deno.test("compareOutputs() applies declared normalisers before comparing", () => {
  const metadata = { runner: { normalize: ["datetime", "duration"] } };
  const stored = single([stdout("Loaded at 2024-03-31T09:00:00Z in 12 ms\n")], metadata);
  const fresh = single([stdout("Loaded at 2024-04-02T17:45:10Z in 340 ms\n")], metadata);
  assert.deepEqual(compareOutputs(stored, fresh), []);
  const bare = (nb: Notebook) => ({ ...nb, metadata: {} });
  assert.equal(compareOutputs(bare(stored), bare(fresh)).length, 1, "differs when undeclared");
});

Deno.test("compareOutputs() reports a MIME type present on one side only", () => {
  const fresh = everyOutputNotebook();
  const display = codeOutputs(fresh, 2)[2];
  if (display.output_type === "display_data") delete display.data["text/html"];
  const differences = compareOutputs(everyOutputNotebook(), fresh);
  assert.deepEqual(differences.map((d) => [d.outputIndex, d.mimeType, d.message]), [
    [2, "text/html", "text/html is in the stored output only"],
  ]);
});

Deno.test("compareOutputs() reports a changed list of outputs once for the whole cell", () => {
  const stored = single([stdout("a\n")]);
  const fresh = single([stdout("a\n"), {
    output_type: "error",
    ename: "Error",
    evalue: "x",
    traceback: [],
  }]);
  const [difference, ...rest] = compareOutputs(stored, fresh);
  assert.equal(rest.length, 0);
  assert.equal(difference.outputIndex, null);
  assert.equal(
    difference.message,
    "outputs differ: stored has 1 output (stream), fresh has 2 outputs (stream, error)",
  );
  assert.equal(
    difference.diff,
    "--- stored cells[0].outputs\n+++ fresh cells[0].outputs\n@@ -1,3 +1,7 @@\n" +
      " [0] stream\n stream/stdout:\n a\n+[1] error\n+error/value:\n+Error: x\n+error/traceback:",
  );
});

Deno.test("compareOutputs() pairs cells by id and reports cells only one side has", () => {
  const stored = everyOutputNotebook();
  const fresh = everyOutputNotebook();
  fresh.cells.splice(2, 0, {
    id: "injected-parameters",
    cell_type: "code",
    metadata: { tags: ["injected-parameters"] },
    source: "const year = 2024;\n",
    execution_count: 2,
    outputs: [],
  });
  fresh.cells.splice(4, 1); // drop "failing"
  assert.deepEqual(compareOutputs(stored, fresh).map((d) => [d.cellIndex, d.cellId, d.message]), [
    [3, "failing", "code cell is in the stored notebook only"],
    [2, "injected-parameters", "code cell is in the fresh notebook only"],
  ]);
});

// Rebuilds the fresh text from the stored text and the printed diff: the diff is complete.
function applyDiff(stored: string, diff: string): string {
  const lines = stored.split("\n");
  const out: string[] = [];
  let next = 0;
  for (const hunk of diff.split("\n@@ ").slice(1)) {
    const [header, ...body] = hunk.split("\n");
    const start = Number(/^-(\d+)/.exec(header)![1]);
    const count = /^-\d+,(\d+)/.exec(header)?.[1];
    const from = count === "0" ? start : start - 1;
    out.push(...lines.slice(next, from));
    next = from;
    for (const line of body) {
      if (line.startsWith("+")) out.push(line.slice(1));
      else if (line.startsWith("-")) next++;
      else if (line.startsWith(" ")) [out.push(line.slice(1)), next++];
    }
  }
  return [...out, ...lines.slice(next)].join("\n");
}

Deno.test("compareOutputs() diffs are complete: applying one to the stored text gives the fresh", () => {
  const text = fc.array(fc.constantFrom("a", "b", "c", "d", ""), { maxLength: 30 })
    .map((lines) => lines.map((line) => `${line}\n`).join(""));
  fc.assert(
    fc.property(text, text, (a, b) => {
      const differences = compareOutputs(single([stdout(a)]), single([stdout(b)]));
      if (a === b) return differences.length === 0;
      return differences.length === 1 && applyDiff(a, differences[0].diff) === b;
    }),
    { numRuns: 300 },
  );
});

Deno.test("compareOutputs() diffs large outputs that share nothing as one replacement", () => {
  const many = (prefix: string) =>
    Array.from({ length: 3000 }, (_, i) => `${prefix} ${i}\n`).join("");
  const [difference] = compareOutputs(single([stdout(many("old"))]), single([stdout(many("new"))]));
  assert.equal(difference.diff.split("\n").filter((line) => line.startsWith("-")).length, 3001);
  assert.equal(difference.diff.split("\n").filter((line) => line.startsWith("+")).length, 3001);
});
