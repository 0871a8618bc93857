// runNotebook() on notebooks that fail before a kernel starts; runs with kernels are in tests/e2e.
import assert from "node:assert/strict";
import { runNotebook } from "../../lib/notebook/run_notebook.ts";

const fixture = (name: string) =>
  new URL(`../fixtures/notebooks/${name}`, import.meta.url).pathname;

Deno.test("runNotebook() reports a missing notebook as failed, as a value", async () => {
  const result = await runNotebook("no/such/notebook.ipynb", { outDir: "unused" });
  assert.equal(result.status, "failed");
  assert.equal(result.message, 'Cannot read notebook "no/such/notebook.ipynb": no such file');
  assert.ok(result.failure instanceof Deno.errors.NotFound);
  assert.deepEqual([result.notebook, result.written], [null, null]);
});

Deno.test("runNotebook() reports malformed notebooks with the file, the place and the problem", async () => {
  const truncated = fixture("truncated.ipynb.part");
  const cases = [
    {
      path: truncated,
      name: "SyntaxError",
      message:
        `Cannot parse notebook "${truncated}" at line 13, column 17: unexpected end of input inside a string`,
    },
    {
      path: fixture("nbformat3.ipynb"),
      name: "RangeError",
      message: `Cannot read notebook "${
        fixture("nbformat3.ipynb")
      }": nbformat 3 is not supported (only 4.0 to 4.5)`,
    },
  ];
  for (const { path, name, message } of cases) {
    const result = await runNotebook(path);
    assert.equal(result.status, "failed");
    assert.equal(result.failure?.name, name);
    assert.equal(result.message, message);
  }
  const wrong = await runNotebook(fixture("wrong_cell_type.ipynb"));
  assert.equal(wrong.failure?.name, "TypeError");
  assert.match(wrong.message!, /^Cannot read notebook ".*wrong_cell_type\.ipynb"/);
});

Deno.test("runNotebook() refuses an unknown parameter before starting a kernel", async () => {
  const path = fixture("good/parameters.ipynb");
  const result = await runNotebook(path, { params: { yeer: "2024" } });
  assert.equal(result.status, "failed");
  assert.equal(result.failure?.name, "RangeError");
  assert.equal(
    result.message,
    `Unknown parameter "yeer": the parameters cell of notebook "${path}" declares ` +
      '"year", "label", "scale"',
  );
  assert.equal(result.cells.total, 0);
});

Deno.test("runNotebook() refuses a parameter value that does not fit its default", async () => {
  const result = await runNotebook(fixture("good/parameters.ipynb"), {
    params: { year: "next" },
  });
  assert.equal(result.failure?.name, "TypeError");
  assert.equal(
    result.message,
    'Cannot set parameter "year" to "next": expected a finite decimal number like its default 2023',
  );
});
