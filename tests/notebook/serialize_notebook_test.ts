import assert from "node:assert/strict";
import { type Notebook, serializeNotebook } from "../../lib/notebook/mod.ts";
import { everyOutputNotebook, PNG_1X1 } from "./_sample_notebooks.ts";

function notebookWith(metadata: Record<string, unknown>, cells: Notebook["cells"] = []): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata, cells };
}

Deno.test("serializeNotebook() sorts keys by code point at every depth, as Python does", () => {
  // U+FF61 sorts before U+1F600 by code point, after it by UTF-16 unit (0xD83D < 0xFF61).
  const text = serializeNotebook(notebookWith({ b: { z: 1, a: 2 }, "😀": 3, "\uff61": 4, B: 5 }));
  assert.equal(
    text,
    '{\n "cells": [],\n "metadata": {\n  "B": 5,\n  "b": {\n   "a": 2,\n   "z": 1\n  },\n' +
      '  "\uff61": 4,\n  "😀": 3\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n',
  );
});

Deno.test("serializeNotebook() writes numbers as Python's float repr does", () => {
  const values = [0.00001, 1.5e-7, 0.0001, 0.1, -0.000123, 1e21, 42];
  const text = serializeNotebook(notebookWith({ values }));
  // Python: repr(0.00001) == '1e-05', repr(1.5e-7) == '1.5e-07', repr(-0.000123) == '-0.000123'.
  assert.match(
    text,
    /"values": \[\n {3}1e-05,\n {3}1\.5e-07,\n {3}0\.0001,\n {3}0\.1,\n {3}-0\.000123,\n {3}1e\+21,\n {3}42\n {2}\]/,
  );
});

Deno.test("serializeNotebook() splits text into lines where Python's splitlines() does", () => {
  const nb = notebookWith({}, [{
    id: "c",
    cell_type: "code",
    metadata: {},
    source: "a\r\nb\rc",
    execution_count: null,
    outputs: [{
      output_type: "display_data",
      data: {
        "text/plain": ["one ", "line\n", "two"],
        "image/png": [PNG_1X1.slice(0, 10), PNG_1X1.slice(10)],
        "application/json": { text: "not\nsplit" },
      },
      metadata: {},
    }],
  }]);
  const disk = JSON.parse(serializeNotebook(nb));
  assert.deepEqual(disk.cells[0].source, ["a\r\n", "b\r", "c"]);
  assert.deepEqual(disk.cells[0].outputs[0].data, {
    "text/plain": ["one line\n", "two"],
    "image/png": PNG_1X1,
    "application/json": { text: "not\nsplit" },
  });
});

Deno.test("serializeNotebook() drops the fields nbformat never writes", () => {
  const nb = everyOutputNotebook();
  nb.metadata.orig_nbformat = 3;
  nb.metadata.signature = "sha256:0";
  nb.cells[1].metadata.trusted = true;
  const disk = JSON.parse(serializeNotebook(nb));
  assert.equal("orig_nbformat" in disk.metadata, false);
  assert.equal("signature" in disk.metadata, false);
  assert.deepEqual(disk.cells[1].metadata, { tags: ["parameters"] });
  assert.equal("transient" in disk.cells[2].outputs[2], false);
  assert.equal(nb.metadata.orig_nbformat, 3, "the notebook given is not changed");
});

Deno.test("serializeNotebook() keeps non-ASCII characters and ends with a newline", () => {
  const text = serializeNotebook(notebookWith({ title: "£12 — victims’ services\u001b" }));
  assert.ok(text.includes('"title": "£12 — victims’ services\\u001b"'));
  assert.ok(text.endsWith("}\n"));
});

Deno.test("serializeNotebook() refuses a notebook that is not valid nbformat 4.5", () => {
  const nb = notebookWith({}, [
    { id: "bad id", cell_type: "markdown", metadata: {}, source: "x" },
  ]);
  nb.nbformat_minor = 4;
  assert.throws(() => serializeNotebook(nb), (error: Error) => {
    assert.ok(error instanceof TypeError);
    assert.equal(
      error.message,
      "Cannot serialise notebook: 2 fields are not valid nbformat 4.5\n" +
        "  nbformat_minor: expected 5 (read notebooks are upgraded), got 4\n" +
        "  cells[0].id: expected 1 to 64 letters, digits, '-' or '_', got \"bad id\"",
    );
    return true;
  });
});

Deno.test("serializeNotebook() refuses NaN rather than writing null or NaN", () => {
  assert.throws(() => serializeNotebook(notebookWith({ total: NaN })), (error: Error) => {
    assert.ok(error instanceof TypeError);
    assert.equal(
      error.message,
      "Cannot write number NaN at $.metadata.total: JSON has no such value",
    );
    return true;
  });
});
