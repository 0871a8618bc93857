// The execution cache (issue 16, item 1): in a small project of its own, each kind of input is
// changed in turn — a code cell, a parameter, a module imported directly or through another, a
// data file and a document read while running, deno.lock, the Deno version — and exactly the
// notebooks that depend on it run again, each saying why; the others reuse their outputs.
import assert from "node:assert/strict";
import { join } from "node:path";
import { type Notebook, runNotebooks, type RunNotebooksOptions } from "../../lib/notebook/mod.ts";
import { runCli, withTempDir } from "./_nb_cli.ts";

const nb = (args: string[], env: Record<string, string>) => runCli("nb.ts", args, { env });

function notebookFile(cells: { markdown?: string; code?: string; tags?: string[] }[]): string {
  const notebook: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: cells.map((cell, i) =>
      cell.markdown !== undefined
        ? { id: `m${i}`, cell_type: "markdown", metadata: {}, source: cell.markdown }
        : {
          id: `c${i}`,
          cell_type: "code",
          metadata: cell.tags ? { tags: cell.tags } : {},
          source: cell.code ?? "",
          execution_count: null,
          outputs: [],
        }
    ),
  };
  return JSON.stringify(notebook, null, 1);
}

/**
 * The project: `one` imports lib/a.ts (which imports lib/shared.ts) and reads data/x.csv; `two`
 * imports lib/b.ts and reads data/y.csv; `three` has a parameter and opens seeds/s.txt.
 */
async function makeProject(dir: string): Promise<void> {
  for (const folder of ["lib", "data", "seeds", "notebooks"]) await Deno.mkdir(join(dir, folder));
  await Deno.writeTextFile(join(dir, "deno.json"), "{}\n");
  await Deno.writeTextFile(join(dir, "deno.lock"), '{"version":"5"}\n');
  await Deno.writeTextFile(join(dir, "lib/shared.ts"), "export const unit = 'GBP';\n");
  await Deno.writeTextFile(
    join(dir, "lib/a.ts"),
    "import { unit } from './shared.ts';\nexport const label = (n: number) => `${n} ${unit}`;\n",
  );
  await Deno.writeTextFile(join(dir, "lib/b.ts"), "export const twice = (n: number) => 2 * n;\n");
  await Deno.writeTextFile(join(dir, "data/x.csv"), "value\n561813\n");
  await Deno.writeTextFile(join(dir, "data/y.csv"), "value\n572798\n");
  await Deno.writeTextFile(join(dir, "seeds/s.txt"), "TOTAL\t4,654,011\n");
  await Deno.writeTextFile(
    join(dir, "notebooks/one.ipynb"),
    notebookFile([
      { markdown: "# One" },
      { code: 'import { label } from "../lib/a.ts";' },
      { code: 'const [, x] = (await Deno.readTextFile("../data/x.csv")).trim().split("\\n");' },
      { code: "label(Number(x))" },
    ]),
  );
  await Deno.writeTextFile(
    join(dir, "notebooks/two.ipynb"),
    notebookFile([
      { markdown: "# Two" },
      { code: 'import { twice } from "../lib/b.ts";' },
      {
        code: "const here = new URL(`file://${Deno.cwd()}/`);\n" +
          'const bytes = await Deno.readFile(new URL("../data/y.csv", here));',
      },
      { code: "twice(bytes.length)" },
    ]),
  );
  await Deno.writeTextFile(
    join(dir, "notebooks/three.ipynb"),
    notebookFile([
      { code: "const n = 1;", tags: ["parameters"] },
      {
        code: 'using file = await Deno.open("../seeds/s.txt");\n' +
          "const size = (await file.stat()).size;\nsize * n",
      },
    ]),
  );
}

const NAMES = ["one", "two", "three"];

/** Runs notebooks with the cache; returns each one's `ran: reason` or `reused`. */
async function run(
  dir: string,
  options: RunNotebooksOptions = {},
  names: readonly string[] = NAMES,
): Promise<string[]> {
  const paths = names.map((name) => join(dir, "notebooks", `${name}.ipynb`));
  const result = await runNotebooks(paths, {
    jobs: 3,
    cache: { dir: join(dir, ".cache") },
    outDir: join(dir, "out"),
    ...options,
  });
  assert.equal(result.ok, true, result.results.map((r) => r.message).join("\n"));
  return result.results.map((r) =>
    r.cache === null ? "no cache" : r.cache.ran ? `ran: ${r.cache.reason}` : "reused"
  );
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  await Deno.writeTextFile(path, change(await Deno.readTextFile(path)));
}

/** The executed copy's outputs, as text, cell by cell. */
async function outputs(dir: string, name: string): Promise<string[]> {
  const executed = JSON.parse(await Deno.readTextFile(join(dir, "out", `${name}.ipynb`)));
  return executed.cells.filter((c: { cell_type: string }) => c.cell_type === "code")
    .map((c: { outputs: { data?: Record<string, string[]> }[] }) =>
      c.outputs.map((o) => o.data?.["text/plain"]?.join("") ?? "").join("")
    );
}

Deno.test("the execution cache re-runs exactly the notebooks whose inputs changed, and says why", async () => {
  await withTempDir("cache-", async (dir) => {
    await makeProject(dir);
    assert.deepEqual(await run(dir), Array(3).fill("ran: not run before"));
    // label(561813); twice the 13 bytes of "value\n572798\n"; the 16 bytes of s.txt times n = 1.
    assert.deepEqual(await outputs(dir, "one"), ["", "", '"561813 GBP"']);
    assert.deepEqual(await outputs(dir, "two"), ["", "", "26"]);
    assert.deepEqual(await outputs(dir, "three"), ["", "16"]);
    assert.deepEqual(await run(dir), ["reused", "reused", "reused"]);

    // A markdown cell is no input: the outputs are reused, the new text is in the copy.
    await edit(join(dir, "notebooks/two.ipynb"), (t) => t.replace("# Two", "# Two, retitled"));
    assert.deepEqual(await run(dir), ["reused", "reused", "reused"]);
    assert.ok((await Deno.readTextFile(join(dir, "out/two.ipynb"))).includes("# Two, retitled"));
    assert.deepEqual(await outputs(dir, "two"), ["", "", "26"]);

    await edit(join(dir, "notebooks/one.ipynb"), (t) => t.replace("label(Number(x))", "label(+x)"));
    assert.deepEqual(await run(dir), ["ran: its code changed", "reused", "reused"]);

    // A module imported through another one.
    await edit(join(dir, "lib/shared.ts"), (t) => t.replace("GBP", "pounds"));
    assert.deepEqual(await run(dir), ["ran: lib/shared.ts changed", "reused", "reused"]);
    assert.deepEqual(await outputs(dir, "one"), ["", "", '"561813 pounds"']);

    await edit(join(dir, "lib/b.ts"), (t) => t.replace("2 * n", "n + n"));
    assert.deepEqual(await run(dir), ["reused", "ran: lib/b.ts changed", "reused"]);

    await edit(join(dir, "data/y.csv"), (t) => `${t}1\n`); // 15 bytes now
    assert.deepEqual(await run(dir), ["reused", "ran: data/y.csv changed", "reused"]);
    assert.deepEqual(await outputs(dir, "two"), ["", "", "30"]);

    await edit(join(dir, "seeds/s.txt"), (t) => t.replace("TOTAL", "Total"));
    assert.deepEqual(await run(dir), ["reused", "reused", "ran: seeds/s.txt changed"]);

    // Parameters: a new value is a run of its own, stored under its own key.
    assert.deepEqual(await run(dir, { params: { n: "3" } }, ["three"]), [
      "ran: not run before with these parameters",
    ]);
    // The injected parameters cell is a code cell of its own.
    assert.deepEqual(await outputs(dir, "three"), ["", "", "48"]);
    assert.deepEqual(await run(dir, { params: { n: "3" } }, ["three"]), ["reused"]);
    assert.deepEqual(await run(dir, {}, ["three"]), ["reused"]);
    assert.deepEqual(await outputs(dir, "three"), ["", "16"]);

    await edit(join(dir, "deno.lock"), () => '{"version":"5","remote":{}}\n');
    assert.deepEqual(await run(dir), Array(3).fill("ran: deno.lock changed"));

    // Another Deno: the records say the runs were made with 2.0.0.
    for await (const entry of Deno.readDir(join(dir, ".cache"))) {
      await edit(join(dir, ".cache", entry.name), (t) => {
        const record = JSON.parse(t);
        return JSON.stringify({ ...record, deno: "2.0.0" });
      });
    }
    assert.deepEqual(
      await run(dir, {}, ["one", "two"]),
      Array(2).fill(`ran: Deno changed (2.0.0 to ${Deno.version.deno})`),
    );

    assert.deepEqual(await run(dir, { cache: { dir: join(dir, ".cache"), force: true } }), [
      "ran: --force",
      "ran: --force",
      "ran: --force",
    ]);
    // --check never uses the cache.
    const checked = await runNotebooks([join(dir, "notebooks/one.ipynb")], {
      check: true,
      cache: { dir: join(dir, ".cache") },
    });
    assert.equal(checked.results[0].cache, null);
  });
});

Deno.test("nb run says per notebook whether it ran and why, and --force runs it anyway", async () => {
  await withTempDir("cache-cli-", async (dir) => {
    await makeProject(dir);
    const env = { NB_CACHE_DIR: join(dir, ".cache") };
    const args = ["run", join(dir, "notebooks"), "--out", join(dir, "out"), "-j", "1"];
    const first = await nb(args, env);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(
      first.stdout,
      /ok {8}\S+one\.ipynb {2}3\/3 cells {2}\d+\.\d s {2}ran: not run before\n/,
    );
    const second = await nb(args, env);
    assert.equal(second.mostKernels, 0);
    assert.match(second.stdout, /ok {8}\S+one\.ipynb {2}up to date, outputs reused {2}\d+\.\d s\n/);
    assert.match(second.stdout, /3 notebooks in \d+\.\d s: 3 ok; 3 up to date, outputs reused\n/);
    const forced = await nb([...args, "--force"], env);
    assert.match(forced.stdout, /ok {8}\S+two\.ipynb {2}3\/3 cells {2}\d+\.\d s {2}ran: --force\n/);
  });
});
