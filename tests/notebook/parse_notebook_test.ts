import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { parseNotebook } from "../../lib/notebook/mod.ts";

function notebookText(fields: Record<string, unknown>): string {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [], ...fields });
}

function rejectsWith(text: string, ErrorClass: ErrorConstructor, message: string): void {
  assertThrowsWith(() => parseNotebook(text, "nb.ipynb"), ErrorClass, message);
}

Deno.test("parseNotebook() keeps a valid 4.5 notebook as it is", () => {
  const cell = { id: "a-1_B", cell_type: "raw", metadata: { format: "text/csv" }, source: ["x"] };
  const text = notebookText({ cells: [cell] });
  assert.deepEqual(parseNotebook(text, "nb.ipynb"), JSON.parse(text));
});

Deno.test("parseNotebook() points at the character after a trailing comma", () => {
  // Line 2 is ` "cells": [1,]`: 13 characters precede the "]", so it is column 14.
  rejectsWith(
    '{\n "cells": [1,]\n}',
    SyntaxError,
    'Cannot parse notebook "nb.ipynb" at line 2, column 14: unexpected "]" where a value should start',
  );
});

Deno.test("parseNotebook() reports text after the JSON value", () => {
  rejectsWith(
    "{}\n}",
    SyntaxError,
    `Cannot parse notebook "nb.ipynb" at line 2, column 1: unexpected text after the notebook's JSON`,
  );
});

Deno.test("parseNotebook() reports missing, unexpected and duplicate fields together", () => {
  const cells = [
    { id: "same", cell_type: "markdown", metadata: {}, source: "a" },
    { id: "same", cell_type: "markdown", metadata: {}, source: "b", outputs: [] },
    { cell_type: "raw", metadata: {}, source: "c" },
  ];
  rejectsWith(
    notebookText({ cells }),
    TypeError,
    'Cannot read notebook "nb.ipynb": 3 fields are not valid nbformat 4.5\n' +
      "  cells[1].outputs: unexpected field\n" +
      "  cells[2].id: missing field\n" +
      '  cells[1].id: duplicate id "same" (also cells[0].id)',
  );
});

Deno.test("parseNotebook() checks MIME bundles: text must be strings, JSON types may be anything", () => {
  const output = {
    output_type: "display_data",
    data: { "application/vnd.plotly.v1+json": { data: [] }, "image/png": 42 },
    metadata: {},
  };
  const cell = {
    id: "c",
    cell_type: "code",
    metadata: {},
    source: "",
    outputs: [output],
    execution_count: null,
  };
  rejectsWith(
    notebookText({ cells: [cell] }),
    TypeError,
    'Cannot read notebook "nb.ipynb": 1 field is not valid nbformat 4.5\n' +
      '  cells[0].outputs[0].data["image/png"]: expected a string or an array of strings, got 42',
  );
});

Deno.test("parseNotebook() rejects a minor version newer than 4.5", () => {
  rejectsWith(
    notebookText({ nbformat_minor: 6 }),
    RangeError,
    'Cannot read notebook "nb.ipynb": nbformat 4.6 is newer than supported (4.0 to 4.5)',
  );
});

Deno.test("parseNotebook() treats a missing version as a wrong shape", () => {
  rejectsWith(
    JSON.stringify({ cells: [], metadata: {} }),
    TypeError,
    'Cannot read notebook "nb.ipynb": 2 fields are not valid nbformat 4.4\n' +
      "  nbformat: missing field\n" +
      "  nbformat_minor: missing field",
  );
});

Deno.test("parseNotebook() rejects JSON that is not an object", () => {
  rejectsWith(
    "[]",
    TypeError,
    'Cannot read notebook "nb.ipynb": expected a JSON object at the top level',
  );
});
