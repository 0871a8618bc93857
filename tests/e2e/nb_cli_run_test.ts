// `deno task nb run` doing its job: parameters, --check, --in-place, the job limit, and output
// that is deterministic and written atomically.
import assert from "node:assert/strict";
import type { CodeCell } from "../../lib/notebook/nbformat.ts";
import { readNotebook } from "../../lib/notebook/read_notebook.ts";
import { serializeNotebook } from "../../lib/notebook/serialize_notebook.ts";
import { commandSucceeds, requireTool } from "../_tools.ts";
import { code, notebookOf } from "./_kernel_tools.ts";
import { linesStarting, nb, ROOT, runCli, withTempDir } from "./_nb_cli.ts";

const GOOD = "tests/fixtures/notebooks/good";
const PARAMETERS = `${GOOD}/parameters.ipynb`;

Deno.test("nb params lists each notebook's parameters with their types and defaults", async () => {
  const raises = "tests/fixtures/notebooks/faults/raises.ipynb";
  const run = await nb("params", PARAMETERS, raises);
  assert.equal(run.code, 0);
  assert.equal(
    run.stdout,
    // The parameters cell of the fixture: year = 2023, label = "victim services", scale = 1.5.
    `${PARAMETERS}: 3 parameters\n` +
      "  year   number  2023\n" +
      '  label  string  "victim services"\n' +
      "  scale  number  1.5\n" +
      `${raises}: no parameters (no code cell tagged "parameters")\n`,
  );
  const missing = await nb("params", "no/such.ipynb");
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, 'Cannot read notebook "no/such.ipynb": no such file\n');
});

Deno.test("nb run --param injects typed values after the parameters cell, replacing an earlier injection", async () => {
  await withTempDir("nb-params-", async (dir) => {
    const first = await nb(
      "run",
      PARAMETERS,
      "-p",
      "year=2024",
      "--param",
      "label=courts",
      "--out",
      dir,
    );
    assert.equal(first.code, 0);
    const run = await readNotebook(`${dir}/parameters.ipynb`);
    assert.deepEqual(run.cells.map((cell) => cell.id), [
      "title",
      "parameters",
      "injected-parameters",
      "label",
      "scaled",
    ]);
    assert.deepEqual(
      run.cells[2].source,
      [
        "// Parameters injected by the notebook runner\n",
        "const year = 2024;\n",
        'const label = "courts";\n',
      ],
    );
    assert.deepEqual(run.metadata.runner, { parameters: { year: 2024, label: "courts" } });
    // 2024 * 1.5 = 3036
    const [, , , label, scaled] = run.cells as CodeCell[];
    assert.deepEqual(label.outputs, [{
      name: "stdout",
      output_type: "stream",
      text: ["courts: 2024\n"],
    }]);
    assert.deepEqual(scaled.outputs[0].output_type === "execute_result" && scaled.outputs[0].data, {
      "text/plain": ["3036"],
    });
    // Running the executed copy again with one parameter: the earlier injection is replaced, so
    // label is back to its default.
    await Deno.rename(`${dir}/parameters.ipynb`, `${dir}/again.ipynb`);
    const second = await nb("run", `${dir}/again.ipynb`, "-p", "year=2025", "--out", `${dir}/2`);
    assert.equal(second.code, 0);
    const again = await readNotebook(`${dir}/2/again.ipynb`);
    assert.equal(again.cells.filter((cell) => cell.id === "injected-parameters").length, 1);
    assert.deepEqual((again.cells[3] as CodeCell).outputs, [{
      name: "stdout",
      output_type: "stream",
      text: ["victim services: 2025\n"],
    }]);
  });
});

Deno.test("nb run rejects an unknown parameter for the notebook that does not declare it", async () => {
  const run = await nb("run", PARAMETERS, "--param", "years=2024", "--check");
  assert.equal(run.code, 1);
  assert.ok(run.stdout.includes(
    `FAILED ${PARAMETERS}\nUnknown parameter "years": the parameters cell of notebook ` +
      `"${PARAMETERS}" declares "year", "label", "scale"\n`,
  ));
  assert.equal(run.mostKernels, 0);
});

Deno.test("nb run --check passes on unchanged notebooks, ignoring only declared volatile outputs", async () => {
  // project_data.ipynb prints the time (runner.normalize: datetime) and a random number (tagged
  // nbval-ignore-output): both differ on every run, and are declared so.
  const before = await Promise.all(
    [PARAMETERS, `${GOOD}/project_data.ipynb`].map((p) => Deno.readTextFile(`${ROOT}/${p}`)),
  );
  const run = await nb("run", GOOD, "--check");
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /\n2 notebooks in \d+\.\d s: 2 ok\n$/);
  const after = await Promise.all(
    [PARAMETERS, `${GOOD}/project_data.ipynb`].map((p) => Deno.readTextFile(`${ROOT}/${p}`)),
  );
  assert.deepEqual(after, before);
});

Deno.test("nb run --check fails on a changed output with a readable diff, and writes nothing", async () => {
  await withTempDir("nb-check-", async (dir) => {
    const path = `${dir}/parameters.ipynb`;
    const stored = (await Deno.readTextFile(`${ROOT}/${PARAMETERS}`))
      .replace('"victim services: 2023\\n"', '"victim services: 2022\\n"');
    await Deno.writeTextFile(path, stored);
    const run = await nb("run", path, "--check");
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes(
      [
        `DIFFERS ${path}`,
        `Outputs of notebook "${path}" differ from the stored ones: 1 difference`,
        "1 output difference",
        "",
        'cells[2] (id "label"), outputs[0]: stream/stdout differs',
        `--- stored ${path} cells[2].outputs[0] stream/stdout`,
        "+++ fresh run cells[2].outputs[0] stream/stdout",
        "@@ -1 +1 @@",
        "-victim services: 2022",
        "+victim services: 2023",
      ].join("\n"),
    ));
    assert.match(run.stdout, /\n1 notebook in \d+\.\d s: 0 ok, 1 differs\n$/);
    assert.equal(await Deno.readTextFile(path), stored);
    assert.deepEqual((await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name), [
      "parameters.ipynb",
    ]);
  });
});

Deno.test("nb run --in-place refreshes a notebook's outputs, and leaves a failing one alone", async () => {
  await withTempDir("nb-in-place-", async (dir) => {
    const committed = await readNotebook(`${ROOT}/${PARAMETERS}`);
    const stale = structuredClone(committed);
    for (const cell of stale.cells) {
      if (cell.cell_type === "code") Object.assign(cell, { execution_count: 9, outputs: [] });
    }
    delete stale.metadata.language_info;
    await Deno.writeTextFile(`${dir}/parameters.ipynb`, serializeNotebook(stale));
    const raises = await Deno.readTextFile(`${ROOT}/tests/fixtures/notebooks/faults/raises.ipynb`);
    await Deno.writeTextFile(`${dir}/raises.ipynb`, raises);
    const run = await nb("run", dir, "--in-place");
    assert.equal(run.code, 1);
    // The refreshed notebook is byte for byte the committed one, which was made the same way.
    assert.equal(
      await Deno.readTextFile(`${dir}/parameters.ipynb`),
      await Deno.readTextFile(`${ROOT}/${PARAMETERS}`),
    );
    assert.equal(await Deno.readTextFile(`${dir}/raises.ipynb`), raises);
    assert.ok(
      run.stdout.includes(`Not written: the source ${dir}/raises.ipynb is left as it was\n`),
    );
    assert.ok(run.stdout.endsWith("1 of 2 notebooks written in place\n"));
  });
});

Deno.test("nb run writes the same bytes on every run, atomically, and only the copies", async () => {
  await withTempDir("nb-atomic-", async (dir) => {
    const target = `${dir}/parameters.ipynb`;
    const old = "an earlier copy that is not JSON";
    await Deno.writeTextFile(target, old);
    const fresh = await Deno.readTextFile(`${ROOT}/${PARAMETERS}`);
    // While the runner writes, a reader must only ever see the old copy or the whole new one.
    const seen = new Set<string>();
    let reading = true;
    const reader = (async () => {
      while (reading) seen.add(await Deno.readTextFile(target));
    })();
    const first = await nb("run", PARAMETERS, "--out", dir);
    reading = false;
    await reader;
    assert.equal(first.code, 0);
    assert.ok([...seen].every((text) => text === old || text === fresh), "saw a partial file");
    assert.equal(await Deno.readTextFile(target), fresh);
    const second = await nb("run", PARAMETERS, "--out", dir);
    assert.equal(second.code, 0);
    assert.equal(await Deno.readTextFile(target), fresh);
    assert.deepEqual((await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name), [
      "parameters.ipynb",
    ]);
    const { nbformat, nbformat_minor } = await readNotebook(target);
    assert.deepEqual([nbformat, nbformat_minor], [4, 5]);
  });
});

Deno.test("nb run never runs more notebooks at once than --jobs", async () => {
  await withTempDir("nb-jobs-", async (dir) => {
    for (let i = 0; i < 4; i++) {
      const notebook = notebookOf(
        code("await new Promise((resolve) => setTimeout(resolve, 400));"),
      );
      await Deno.writeTextFile(`${dir}/wait_${i}.ipynb`, serializeNotebook(notebook));
    }
    const run = await runCli("nb.ts", ["run", dir, "--jobs", "2", "--check"]);
    assert.equal(run.code, 0, run.stdout);
    let running = 0;
    let most = 0;
    for (const line of run.stdout.split("\n")) {
      if (line.startsWith("start ")) most = Math.max(most, ++running);
      if (line.startsWith("ok ")) running--;
    }
    assert.equal(most, 2);
    assert.ok(run.mostKernels >= 1 && run.mostKernels <= 2, `saw ${run.mostKernels} kernels`);
    assert.equal(linesStarting(run.stdout, "ok ").length, 4);
  });
});

Deno.test("nb run on a folder without notebooks says so and succeeds", async () => {
  await withTempDir("nb-empty-", async (dir) => {
    const run = await nb("run", dir);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, "0 notebooks: nothing to run\n");
  });
});

const hasNbformat = commandSucceeds("/usr/bin/python3", ["-c", "import nbformat"]);

Deno.test({
  name:
    "nb run writes copies that Jupyter's nbformat validates as 4.5, faults and parameters included",
  ...requireTool("python3-nbformat (apt-get install python3-nbformat)", hasNbformat),
  async fn() {
    await withTempDir("nb-valid-", async (dir) => {
      const exits = "tests/fixtures/notebooks/faults/exits.ipynb";
      assert.equal((await nb("run", PARAMETERS, "-p", "year=2030", "--out", dir)).code, 0);
      // The kernel dies, and the copy is written as far as it ran.
      assert.equal((await nb("run", exits, "--out", dir)).code, 1);
      const validate = "import nbformat, sys\n" +
        "for path in sys.argv[1:]:\n" +
        "    nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)\n" +
        "    nbformat.validate(nb)\n" +
        "    print(path, nb.nbformat, nb.nbformat_minor)\n";
      const paths = [`${dir}/exits.ipynb`, `${dir}/parameters.ipynb`];
      const output = await new Deno.Command("/usr/bin/python3", {
        args: ["-c", validate, ...paths],
        stdout: "piped",
        stderr: "piped",
      }).output();
      const text = new TextDecoder().decode(output.stdout);
      assert.equal(output.code, 0, new TextDecoder().decode(output.stderr));
      assert.equal(text, paths.map((path) => `${path} 4 5\n`).join(""));
    });
  },
});
