import { toDiskForm } from "./_disk_form.ts";
import { pythonJson } from "./_python_json.ts";
import { notebookProblems, problemsError } from "./_schema_problems.ts";
import type { Notebook } from "./nbformat.ts";

/**
 * Serialises a notebook byte for byte as Jupyter's `nbformat.write` does: keys sorted at every
 * depth, one-space indent, non-ASCII characters kept as they are, multi-line text split into
 * arrays of lines (sources, stream text, `text/*`, JavaScript and SVG data), a trailing newline.
 * Transient fields nbformat never writes are dropped (`metadata.orig_nbformat`,
 * `metadata.orig_nbformat_minor`, `metadata.signature`, cell `metadata.trusted`, outputs'
 * `transient`). The result is a fixed point of a Python `nbformat.read` then `nbformat.write`.
 *
 * One thing cannot round-trip the other way: Python writes an integral float as `1.0`, and
 * JavaScript reads it as the number 1, written back as `1`. Deno kernels never produce `1.0`.
 *
 * @param nb The notebook (nbformat 4.5).
 * @returns The `.ipynb` text.
 * @throws {TypeError} When the notebook is not valid nbformat 4.5: the message lists every bad
 * field by its JSON path, so an invalid notebook is never written.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { serializeNotebook } from "./mod.ts";
 * const text = serializeNotebook({
 *   nbformat: 4,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [{ id: "a1", cell_type: "markdown", metadata: {}, source: "# Title\nText" }],
 * });
 * assert.equal(
 *   text,
 *   '{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "id": "a1",\n   "metadata": {},\n' +
 *     '   "source": [\n    "# Title\\n",\n    "Text"\n   ]\n  }\n ],\n "metadata": {},\n' +
 *     ' "nbformat": 4,\n "nbformat_minor": 5\n}\n',
 * );
 * ```
 */
export function serializeNotebook(nb: Notebook): string {
  const disk = toDiskForm(nb);
  const problems = notebookProblems(disk, 5);
  if (disk.nbformat_minor !== 5 && !problems.some((problem) => problem.path === "nbformat_minor")) {
    problems.unshift({
      path: "nbformat_minor",
      message: `expected 5 (read notebooks are upgraded), got ${
        JSON.stringify(disk.nbformat_minor)
      }`,
    });
  }
  if (problems.length > 0) throw problemsError("Cannot serialise notebook", "4.5", problems);
  return pythonJson(disk) + "\n";
}
