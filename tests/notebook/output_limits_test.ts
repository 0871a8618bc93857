// The runner's and the report's output limits (issue 17, item 4), on stored notebooks; the
// runner's own cut, while a kernel prints, is in tests/e2e/hostile_runner_test.ts.
import assert from "node:assert/strict";
import {
  type Cell,
  limitOutputs,
  type Notebook,
  type Output,
  OUTPUT_LIMITS,
} from "../../lib/notebook/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

function code(id: string, outputs: Output[]): Cell {
  return { id, cell_type: "code", metadata: {}, source: id, execution_count: 1, outputs };
}

function notebook(...cells: Cell[]): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
}

const stdout = (text: string | string[]): Output => ({
  output_type: "stream",
  name: "stdout",
  text,
});
const plain = (text: string): Output => ({
  output_type: "display_data",
  data: { "text/plain": text },
  metadata: {},
});

function outputsOf(nb: Notebook, index: number): Output[] {
  const cell = nb.cells[index];
  assert.equal(cell.cell_type, "code");
  return cell.cell_type === "code" ? cell.outputs : [];
}

function note(characters: number, outputs: number, limit: string): Output {
  const including = outputs === 0 ? "" : `, including ${outputs} output${outputs === 1 ? "" : "s"}`;
  return {
    data: {
      "text/plain": [
        `Output truncated: ${characters.toLocaleString("en-GB")} more characters${including} ` +
        `were not kept (the limit is ${limit})`,
      ],
    },
    metadata: { runner: { truncated: { characters, outputs } } },
    output_type: "display_data",
  };
}

Deno.test("limitOutputs() returns a notebook within its limits as it is", () => {
  const nb = notebook(code("a", [stdout("12345"), plain("abc")]));
  // 5 characters of text and {"text/plain":"abc"}, 20 characters of JSON: 25 in all.
  assert.equal(limitOutputs(nb, { cell: 25, notebook: 25 }), nb);
});

Deno.test("limitOutputs() cuts a stream at the cell's limit and says how much was left out", () => {
  const nb = notebook(code("loop", [stdout(["line 1\n", "line 2\n", "line 3\n"])]));
  const cut = limitOutputs(nb, { cell: 10, notebook: 100 });
  // 21 characters printed, 10 kept: "line 1\nlin", 11 left out.
  assert.deepEqual(outputsOf(cut, 0), [
    stdout("line 1\nlin"),
    note(11, 0, "10 characters per cell"),
  ]);
  // The notebook given is not changed, and a cut notebook cut again is the same.
  assert.deepEqual(outputsOf(nb, 0), [stdout(["line 1\n", "line 2\n", "line 3\n"])]);
  assert.deepEqual(limitOutputs(cut, { cell: 10, notebook: 100 }), cut);
});

Deno.test("limitOutputs() leaves out a rich output that does not fit whole, and keeps the error", () => {
  const error: Output = {
    output_type: "error",
    ename: "Error",
    evalue: "x".repeat(150_000),
    traceback: ["Error: boom"],
  };
  const nb = notebook(code("a", [plain("small"), plain("y".repeat(50)), stdout("after"), error]));
  const cut = limitOutputs(nb, { cell: 40, notebook: 1000 });
  // {"text/plain":"small"} is 22 characters, the second bundle 67: left out; "after" fits (27).
  const kept = outputsOf(cut, 0);
  assert.deepEqual(kept.slice(0, 2), [plain("small"), stdout("after")]);
  // The error is kept whole but for its message, cut to 100,000 characters.
  assert.deepEqual(kept[2], { ...error, evalue: "x".repeat(100_000) });
  assert.deepEqual(kept[3], note(67, 1, "40 characters per cell"));
});

Deno.test("limitOutputs() counts every cell against the notebook's limit", () => {
  const nb = notebook(
    code("a", [stdout("a".repeat(8))]),
    code("b", [stdout("b".repeat(8))]),
    code("c", [stdout("c".repeat(8))]),
  );
  const cut = limitOutputs(nb, { cell: 10, notebook: 20 });
  assert.deepEqual(outputsOf(cut, 0), [stdout("a".repeat(8))]);
  assert.deepEqual(outputsOf(cut, 1), [stdout("b".repeat(8))]);
  // 16 used, 4 left of 20: "cccc" kept, 4 left out, by the notebook's limit.
  assert.deepEqual(outputsOf(cut, 2), [
    stdout("cccc"),
    note(4, 0, "20 characters per notebook"),
  ]);
});

Deno.test("limitOutputs() refuses a limit that is not a whole number of characters", () => {
  const nb = notebook(code("a", []));
  assertThrowsWith(
    () => limitOutputs(nb, { cell: -1, notebook: 10 }),
    RangeError,
    'Cannot limit outputs: the cell limit "-1" is not a whole number of characters',
  );
  assertThrowsWith(
    () => limitOutputs(nb, { ...OUTPUT_LIMITS, notebook: NaN }),
    RangeError,
    'Cannot limit outputs: the notebook limit "NaN" is not a whole number of characters',
  );
});
