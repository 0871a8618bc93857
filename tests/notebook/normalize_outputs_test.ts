import assert from "node:assert/strict";
import {
  normalizeOutputs,
  PICTURE_PLACEHOLDER,
  type VolatileRules,
} from "../../lib/notebook/mod.ts";
import { everyOutputNotebook } from "./_sample_notebooks.ts";

const NONE: VolatileRules = { ignoreOutputs: false, volatile: [], normalize: [] };

function sampleOutputs() {
  const cell = everyOutputNotebook().cells[2];
  assert.equal(cell.cell_type, "code");
  return cell.cell_type === "code" ? cell.outputs : [];
}

Deno.test("normalizeOutputs() keys every output by MIME type or stream/error pseudo-type", () => {
  const errorCell = everyOutputNotebook().cells[3];
  const outputs = [
    ...sampleOutputs(),
    ...(errorCell.cell_type === "code" ? errorCell.outputs : []),
  ];
  const normalized = normalizeOutputs(outputs, NONE);
  assert.deepEqual(normalized.map((output) => [output.outputType, Object.keys(output.parts)]), [
    ["stream", ["stream/stdout"]],
    ["stream", ["stream/stderr"]],
    ["display_data", ["text/html", "application/vnd.plotly.v1+json", "image/png", "text/plain"]],
    ["execute_result", ["text/plain", "application/json"]],
    ["error", ["error/value", "error/traceback"]],
  ]);
  assert.equal(normalized[1].parts["stream/stderr"], "warn\nno newline");
  // The display holds a Plotly figure: its picture is compared by the figure, not its bytes.
  assert.equal(normalized[2].parts["image/png"], PICTURE_PLACEHOLDER);
  // JSON data becomes sorted one-space-indented JSON, so line diffs point at the changed field.
  assert.equal(
    normalized[3].parts["application/json"],
    '{\n "a": 1,\n "b": [\n  true,\n  null\n ]\n}',
  );
  assert.equal(normalized[4].parts["error/value"], 'TypeError: bad "value"');
  assert.equal(
    normalized[4].parts["error/traceback"],
    '\u001b[31mTypeError\u001b[0m: bad "value"\n    at <anonymous>:1:7',
  );
});

Deno.test("normalizeOutputs() replaces volatile content and rewrites only the rest", () => {
  const rules: VolatileRules = {
    ignoreOutputs: false,
    volatile: ["image/png", "stream/stderr"],
    normalize: [{ name: "digits", apply: (text) => text.replace(/\d/g, "#") }],
  };
  const normalized = normalizeOutputs(sampleOutputs(), rules);
  assert.equal(normalized[0].parts["stream/stdout"], "#\nsecond line\n");
  assert.equal(normalized[1].parts["stream/stderr"], "<volatile>");
  assert.equal(normalized[2].parts["image/png"], "<volatile>");
  assert.equal(normalized[2].parts["text/html"], "<table>\n<tr><td>£##</td></tr>\n</table>");
});

Deno.test("normalizeOutputs() returns nothing for a cell whose outputs are ignored", () => {
  assert.deepEqual(normalizeOutputs(sampleOutputs(), { ...NONE, ignoreOutputs: true }), []);
});
