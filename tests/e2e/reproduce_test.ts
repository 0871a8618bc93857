// `deno task reproduce`'s notebooks and report steps, on a notebooks folder of the test's own
// (--notebooks) and writing under a temporary folder (--out), so the project's out/ is left alone.
import assert from "node:assert/strict";
import { readNotebook } from "../../lib/notebook/read_notebook.ts";
import { FIXTURES, runCli, withTempDir } from "./_nb_cli.ts";

const reproduce = (...args: string[]) => runCli("reproduce.ts", args);

async function names(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((entry) => entry.name).sort();
}

Deno.test("deno task reproduce with no notebooks says 0 notebooks, writes the report and succeeds", async () => {
  await withTempDir("reproduce-empty-", async (dir) => {
    await Deno.mkdir(`${dir}/notebooks`);
    const run = await reproduce("--notebooks", `${dir}/notebooks`, "--out", `${dir}/out`);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(
      run.stdout.includes(`Notebooks (in ${dir}/notebooks, each on a fresh Deno kernel)\n`),
    );
    assert.ok(run.stdout.includes("0 notebooks: nothing to run\n"));
    assert.ok(run.stdout.includes("Notebooks: 0 run, 0 ok, 0 failed\n"));
    assert.match(
      run.stdout,
      /\nFindings: \d+ reproduced, \d+ discrepancy, \d+ coverage, \d+ bounded, \d+ not-computable\n/,
    );
    assert.ok(run.stdout.endsWith(`Report: ${dir}/out/site/index.html\n`));
    assert.deepEqual(await names(`${dir}/out`), ["findings.json", "findings.md", "site"]);
    assert.match(await Deno.readTextFile(`${dir}/out/site/index.html`), /<h1>/);
  });
});

Deno.test("deno task reproduce runs every notebook, reports a failing one and exits 1", async () => {
  await withTempDir("reproduce-notebooks-", async (dir) => {
    await Deno.mkdir(`${dir}/notebooks`);
    for (const name of ["good/parameters.ipynb", "faults/raises.ipynb"]) {
      await Deno.copyFile(`${FIXTURES}/${name}`, `${dir}/notebooks/${name.split("/")[1]}`);
    }
    const run = await reproduce(
      "--notebooks",
      `${dir}/notebooks`,
      "--out",
      `${dir}/out`,
      "-j",
      "2",
    );
    assert.equal(run.code, 1);
    assert.match(run.stdout, /\n2 notebooks in \d+\.\d s: 1 ok, 1 error\n/);
    // The report's summary counts cells from 1: the fixture's second cell raises.
    assert.ok(run.stdout.includes(
      "Notebooks: 2 run, 1 ok, 1 failed\n" +
        "  FAIL raises.ipynb: cell 2 raised RangeError: total 42 is out of range\n",
    ));
    assert.deepEqual(await names(`${dir}/out/notebooks`), ["parameters.ipynb", "raises.ipynb"]);
    const executed = await readNotebook(`${dir}/out/notebooks/raises.ipynb`);
    assert.equal(executed.cells[1].cell_type === "code" && executed.cells[1].execution_count, 2);
    assert.deepEqual(await names(`${dir}/out/site/notebooks`), ["parameters.html", "raises.html"]);
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("deno task reproduce refuses a notebooks folder that does not exist", async () => {
  await withTempDir("reproduce-missing-", async (dir) => {
    const run = await reproduce("--notebooks", `${dir}/none`, "--out", `${dir}/out`);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `Cannot run the notebooks in "${dir}/none": no such folder\n`);
  });
});

Deno.test("deno task reproduce answers bad arguments with the usage and exit 2, and --help with 0", async () => {
  const usage = "Usage: deno task reproduce [options]";
  const [unknown, jobs, positional, help] = await Promise.all([
    reproduce("--frob"),
    reproduce("--jobs", "0"),
    reproduce("notebooks"),
    reproduce("--help"),
  ]);
  assert.equal(unknown.code, 2);
  assert.ok(unknown.stderr.startsWith(`Unknown option "--frob"\n\n${usage}\n`));
  assert.equal(jobs.code, 2);
  assert.ok(
    jobs.stderr.startsWith(
      `Cannot parse --jobs "0": expected a whole number, 1 or more\n\n${usage}`,
    ),
  );
  assert.equal(positional.code, 2);
  assert.ok(positional.stderr.startsWith(
    `Unexpected argument "notebooks": this command takes options only\n\n${usage}`,
  ));
  assert.equal(help.code, 0);
  assert.ok(help.stdout.startsWith(`${usage}\n`));
  assert.ok(help.stdout.includes("--notebooks DIR"));
});
