import assert from "node:assert/strict";
import { serializeNotebook } from "../../lib/notebook/serialize_notebook.ts";
import { type RunEvent, runNotebooks } from "../../lib/notebook/run_notebooks.ts";
import { childProcesses, code, notebookOf } from "./_kernel_tools.ts";

const RAISES = new URL("../fixtures/notebooks/faults/raises.ipynb", import.meta.url).pathname;

/** Notebooks in a new folder, each with one cell that waits `ms` milliseconds. */
async function waitingNotebooks(count: number, ms: number): Promise<[string, string[]]> {
  const dir = await Deno.makeTempDir({ prefix: "run-notebooks-" });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const notebook = notebookOf(
      code(`await new Promise((resolve) => setTimeout(resolve, ${ms}));`),
      code(`${i}`),
    );
    paths.push(`${dir}/wait_${i}.ipynb`);
    await Deno.writeTextFile(paths[i], serializeNotebook(notebook));
  }
  return [dir, paths];
}

/** Samples this process's kernel children until `done` settles; returns the most seen at once. */
async function mostKernels(done: Promise<unknown>): Promise<number> {
  let most = 0;
  let finished = false;
  done.finally(() => (finished = true));
  while (!finished) {
    const kernels = (await childProcesses()).filter((p) => p.command.includes("jupyter --kernel"));
    most = Math.max(most, kernels.length);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return most;
}

/** The most notebooks between their start and finish events at any one time. */
function mostRunning(events: RunEvent[]): number {
  let running = 0;
  let most = 0;
  for (const event of events) {
    if (event.type === "start") most = Math.max(most, ++running);
    if (event.type === "finish") running--;
  }
  return most;
}

for (const jobs of [1, 2]) {
  Deno.test(`runNotebooks() never has more than ${jobs} kernel(s) running with jobs ${jobs}`, async () => {
    const [dir, paths] = await waitingNotebooks(jobs + 2, 400);
    const events: RunEvent[] = [];
    const running = runNotebooks(paths, { jobs, onEvent: (event) => events.push(event) });
    const kernels = await mostKernels(running);
    const run = await running;
    assert.deepEqual(run.results.map((result) => result.status), paths.map(() => "ok"));
    // Each notebook's kernel lives between its start and finish events, so the events bound the
    // kernels; /proc shows the kernels themselves (sampled, so it may miss a short overlap).
    assert.equal(mostRunning(events), jobs);
    assert.ok(kernels >= 1 && kernels <= jobs, `saw ${kernels} kernels at once`);
    // Progress: a first event once the notebook is read (0 of 2), then one per cell.
    const progress = events.filter((e) => e.type === "progress" && e.index === 0);
    assert.deepEqual(progress.map((e) => e.type === "progress" && [e.done, e.total]), [
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    assert.deepEqual(await childProcesses(), []);
    await Deno.remove(dir, { recursive: true });
  });
}

Deno.test("runNotebooks() with failFast stops the running notebook and never starts the queued one", async () => {
  const [dir, [queued]] = await waitingNotebooks(1, 30_000);
  // The slow notebook says when its first cell is running; the failing one waits for that, so
  // the slow one is always cut short inside its first cell, however busy the machine is.
  const started = `${dir}/slow-started`;
  const slow = `${dir}/slow.ipynb`;
  const fails = `${dir}/fails.ipynb`;
  await Deno.writeTextFile(
    slow,
    serializeNotebook(notebookOf(
      code(
        `Deno.writeTextFileSync(${JSON.stringify(started)}, "");\n` +
          "await new Promise((resolve) => setTimeout(resolve, 30000));",
      ),
      code("1"),
    )),
  );
  await Deno.writeTextFile(
    fails,
    serializeNotebook(notebookOf(
      code(
        `while (!(await Deno.stat(${JSON.stringify(started)}).then(() => true, () => false))) {\n` +
          "  await new Promise((resolve) => setTimeout(resolve, 20));\n}\n" +
          'throw new Error("fails after the slow notebook started");',
      ),
    )),
  );
  const events: RunEvent[] = [];
  const run = await runNotebooks([fails, slow, queued], {
    jobs: 2,
    failFast: true,
    onEvent: (event) => events.push(event),
  });
  assert.deepEqual(run.results.map((result) => result.status), ["error", "cancelled", "cancelled"]);
  assert.equal(run.ok, false);
  const why = `fail-fast: notebook "${fails}" did not end ok`;
  assert.equal(
    run.results[1].message,
    `Cannot run notebook "${slow}": cells[0] (In [1]): aborted (${why})`,
  );
  assert.equal(run.results[2].message, `Did not run notebook "${queued}": ${why}`);
  const startedPaths = events.filter((event) => event.type === "start").map((event) => event.path);
  assert.deepEqual(startedPaths, [fails, slow]);
  assert.deepEqual(await childProcesses(), []);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("runNotebooks() without failFast runs every notebook after one fails", async () => {
  const [dir, [after]] = await waitingNotebooks(1, 10);
  const run = await runNotebooks([RAISES, after], { jobs: 1 });
  assert.deepEqual(run.results.map((result) => result.status), ["error", "ok"]);
  await Deno.remove(dir, { recursive: true });
});
