// `deno task nb run` on notebooks that fail in each way the runner knows: every one gives a clear
// message and exit status 1, the other notebooks go on, and no kernel outlives the command.
import assert from "node:assert/strict";
import { findCellError } from "../../lib/notebook/find_cell_error.ts";
import type { CodeCell } from "../../lib/notebook/nbformat.ts";
import { readNotebook } from "../../lib/notebook/read_notebook.ts";
import { linesStarting, nb, withTempDir } from "./_nb_cli.ts";

const FAULTS = "tests/fixtures/notebooks/faults";
const GOOD = "tests/fixtures/notebooks/good";

async function filesIn(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((entry) => entry.name).sort();
}

Deno.test("nb run reports a cell that throws, writes the notebook with the error, and goes on", async () => {
  await withTempDir("nb-raises-", async (out) => {
    const run = await nb("run", `${FAULTS}/raises.ipynb`, `${GOOD}/parameters.ipynb`, "--out", out);
    assert.equal(run.code, 1);
    const path = `${FAULTS}/raises.ipynb`;
    const headline =
      `Cannot run notebook "${path}": cells[1] (In [2]) raised RangeError: total 42 is out of range`;
    // The live log names the failure as it happens; the summary gives the source and traceback.
    assert.match(run.stdout, new RegExp(`^ERROR +${path} {2}2/3 cells {2}\\d+\\.\\d s {2}`, "m"));
    assert.ok(run.stdout.includes(
      [
        `ERROR ${path}`,
        headline,
        "-".repeat(75),
        'console.log("about to fail");',
        "throw new RangeError(`total ${total} is out of range`);",
        "-".repeat(75),
        "RangeError: total 42 is out of range",
        "    at <anonymous>:2:7",
        `Executed notebook written to ${out}/raises.ipynb, with the error in it`,
      ].join("\n"),
    ));
    assert.equal(linesStarting(run.stdout, `ok        ${GOOD}/parameters.ipynb`).length, 1);
    assert.match(run.stdout, /\n2 notebooks in \d+\.\d s: 1 ok, 1 error\n/);
    const written = await readNotebook(`${out}/raises.ipynb`);
    const error = findCellError(written);
    assert.deepEqual([error?.cellIndex, error?.executionCount, error?.ename], [1, 2, "RangeError"]);
    assert.deepEqual(await filesIn(out), ["parameters.ipynb", "raises.ipynb"]);
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("nb run reports a kernel that exits mid-run and writes the notebook as far as it ran", async () => {
  await withTempDir("nb-exits-", async (out) => {
    const path = `${FAULTS}/exits.ipynb`;
    const run = await nb("run", path, "--out", out);
    assert.equal(run.code, 1);
    const message =
      `Cannot run notebook "${path}": cells[1] (In [2]): the kernel exited with code 3`;
    assert.ok(run.stdout.includes(`FAILED ${path}\n${message}\n`));
    assert.ok(run.stdout.includes(`written to ${out}/exits.ipynb, as far as it ran`));
    const [first, exit, after] = (await readNotebook(`${out}/exits.ipynb`)).cells as CodeCell[];
    assert.deepEqual(first.outputs, [{ name: "stdout", output_type: "stream", text: ["first\n"] }]);
    assert.deepEqual(exit.outputs, [{
      ename: "KernelError",
      evalue: "the kernel exited with code 3",
      output_type: "error",
      traceback: ["KernelError: the kernel exited with code 3"],
    }]);
    assert.deepEqual([after.execution_count, after.outputs], [null, []]);
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("nb run interrupts a cell past its timeout, and kills a kernel the interrupt cannot stop", async () => {
  await withTempDir("nb-timeout-", async (out) => {
    const busy = `${FAULTS}/busy_loop.ipynb`;
    const waits = `${FAULTS}/await_forever.ipynb`;
    const run = await nb("run", busy, waits, "--timeout", "1", "--jobs", "2", "--out", out);
    assert.equal(run.code, 1);
    // A busy loop stops at the interrupt; Deno cannot interrupt a pending await, so after the
    // 5 s grace its kernel is killed.
    assert.ok(run.stdout.includes(
      `Cannot run notebook "${busy}": cells[0] (In [1]) ran past its 1 s timeout and was interrupted\n`,
    ));
    assert.ok(run.stdout.includes(
      `Cannot run notebook "${waits}": cells[0] (In [1]) ran past its 1 s timeout and did not ` +
        "stop within 5 s of an interrupt, so the kernel was killed\n",
    ));
    assert.match(run.stdout, /\n2 notebooks in \d+\.\d s: 0 ok, 2 failed\n/);
    const [loop, after] = (await readNotebook(`${out}/busy_loop.ipynb`)).cells as CodeCell[];
    assert.equal(loop.outputs.at(-1)?.output_type, "error");
    assert.deepEqual(after.outputs, []);
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("nb run reports a kernel that fails to start, and writes nothing", async () => {
  // A broken deno.json in the notebook's folder stops `deno jupyter --kernel` from starting.
  await withTempDir("nb-no-start-", async (dir) => {
    await Deno.writeTextFile(`${dir}/deno.json`, '{ "imports": ');
    await Deno.copyFile(`${GOOD}/parameters.ipynb`, `${dir}/parameters.ipynb`);
    const run = await nb("run", `${dir}/parameters.ipynb`, "--out", `${dir}/out`);
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes(
      `FAILED ${dir}/parameters.ipynb\nCannot start the Deno kernel for notebook ` +
        `"${dir}/parameters.ipynb": it exited with code 1 before it was ready\n` +
        "The kernel's last output:\n",
    ));
    assert.match(run.stdout, /^ {2}error: Failed deserializing config file .*deno\.json'\.$/m);
    assert.match(run.stdout, /^ {2}.*Unterminated object on line \d+ column \d+$/m);
    assert.deepEqual(await filesIn(dir), ["deno.json", "parameters.ipynb"]);
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("nb run reports malformed notebooks and missing paths, and runs the rest", async () => {
  await withTempDir("nb-malformed-", async (out) => {
    const truncated = "tests/fixtures/notebooks/truncated.ipynb.part";
    const wrongType = "tests/fixtures/notebooks/wrong_cell_type.ipynb";
    const missing = "tests/fixtures/notebooks/missing.ipynb";
    const run = await nb(
      "run",
      truncated,
      wrongType,
      missing,
      `${GOOD}/parameters.ipynb`,
      "--out",
      out,
    );
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes(
      `FAILED ${truncated}\nCannot parse notebook "${truncated}" at line 13, column 17: ` +
        "unexpected end of input inside a string\n",
    ));
    assert.ok(run.stdout.includes(`FAILED ${wrongType}\nCannot read notebook "${wrongType}"`));
    assert.ok(
      run.stdout.includes(`FAILED ${missing}\nCannot read notebook "${missing}": no such file\n`),
    );
    assert.match(run.stdout, /\n4 notebooks in \d+\.\d s: 1 ok, 3 failed\n/);
    assert.deepEqual(await filesIn(out), ["parameters.ipynb"]);
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("nb run --fail-fast stops at the first failure and does not start the queued notebooks", async () => {
  const run = await nb(
    "run",
    `${FAULTS}/raises.ipynb`,
    GOOD,
    "--jobs",
    "1",
    "--fail-fast",
    "--check",
  );
  assert.equal(run.code, 1);
  assert.deepEqual(linesStarting(run.stdout, "start "), [
    `start     ${FAULTS}/raises.ipynb`,
  ]);
  const why = `fail-fast: notebook "${FAULTS}/raises.ipynb" did not end ok`;
  for (const name of ["parameters", "project_data"]) {
    const path = `${GOOD}/${name}.ipynb`;
    assert.ok(run.stdout.includes(`CANCELLED ${path}\nDid not run notebook "${path}": ${why}\n`));
  }
  assert.match(run.stdout, /\n3 notebooks in \d+\.\d s: 0 ok, 1 error, 2 cancelled\n/);
  assert.deepEqual(run.leftBehind, []);
});
