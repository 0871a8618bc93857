// What runNotebooks() refuses before any kernel starts; runs with kernels are in tests/e2e.
import assert from "node:assert/strict";
import { runNotebooks } from "../../lib/notebook/run_notebooks.ts";

for (const jobs of [0, -1, 1.5, NaN]) {
  Deno.test(`runNotebooks() refuses ${jobs} jobs`, async () => {
    await assert.rejects(runNotebooks(["a.ipynb"], { jobs }), {
      name: "RangeError",
      message: `Cannot run notebooks ${jobs} at a time: expected a whole number, 1 or more`,
    });
  });
}

Deno.test("runNotebooks() refuses two notebooks whose copies would share a file", async () => {
  const events: string[] = [];
  await assert.rejects(
    runNotebooks(["a/funding.ipynb", "b/funding.ipynb"], {
      outDir: "out/notebooks",
      onEvent: (event) => events.push(event.type),
    }),
    {
      name: "RangeError",
      message: 'Cannot write notebooks "a/funding.ipynb" and "b/funding.ipynb" to ' +
        '"out/notebooks": both are named "funding.ipynb"',
    },
  );
  assert.deepEqual(events, []);
});

Deno.test("runNotebooks() refuses a copy that would replace its source", async () => {
  await assert.rejects(runNotebooks(["notebooks/funding.ipynb"], { outDir: "notebooks/" }), {
    name: "RangeError",
    message: 'Cannot write the executed copy of notebook "notebooks/funding.ipynb" to ' +
      '"notebooks/": it would replace the source (write in place to refresh a notebook)',
  });
});

Deno.test("runNotebooks() refuses writing both in place and to a folder", async () => {
  await assert.rejects(runNotebooks(["a.ipynb"], { outDir: "out", inPlace: true }), {
    name: "RangeError",
    message: 'Cannot write notebooks both in place and to "out": choose one',
  });
});

Deno.test("runNotebooks() runs nothing for no notebooks", async () => {
  const run = await runNotebooks([], { outDir: "out/notebooks" });
  assert.deepEqual(run.results, []);
  assert.equal(run.ok, true);
});
