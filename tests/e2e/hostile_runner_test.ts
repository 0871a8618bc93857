// Hostile input and faults for `deno task reproduce` and `deno task nb run` (issue 17): a dataset
// that fails its checks, a changed finding, a failing notebook, signals (SIGKILL and SIGHUP
// included), a cell printing without end, --out naming a file, escape codes in an error, names
// in other scripts or differing only in case, a notebook nested 200,000 levels deep, and
// parameters that would change a prototype or read as hexadecimal.
import assert from "node:assert/strict";
import { join } from "node:path";
import { copyProject, FIXTURES, marked, nb, ROOT, runCli, withTempDir } from "./_nb_cli.ts";
import { goneWithin } from "./_kernel_tools.ts";

const reproduce = (args: string[], cwd?: string) => runCli("reproduce.ts", args, { cwd });

async function names(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((entry) => entry.name).sort();
}

/** Every page of a site, by path. */
async function pages(site: string, under = ""): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for await (const entry of Deno.readDir(join(site, under))) {
    const path = under === "" ? entry.name : `${under}/${entry.name}`;
    if (entry.isDirectory) { for (const [p, html] of await pages(site, path)) found.set(p, html); }
    else if (path.endsWith(".html")) found.set(path, await Deno.readTextFile(join(site, path)));
  }
  return found;
}

const NOTICE = "<strong>This run FAILED its checks.</strong>";

function notebookFile(cells: string[], parameters = ""): string {
  const code = (id: string, source: string, tags?: string[]) => ({
    cell_type: "code",
    execution_count: null,
    id,
    metadata: tags ? { tags } : {},
    outputs: [],
    source,
  });
  const all = cells.map((source, i) => code(`c${i}`, source));
  if (parameters !== "") all.unshift(code("params", parameters, ["parameters"]));
  return JSON.stringify({ cells: all, metadata: {}, nbformat: 4, nbformat_minor: 5 });
}

Deno.test("reproduce publishes no report as if all were well when a dataset fails its checks", async () => {
  await withTempDir("fail-closed-data-", async (dir) => {
    await copyProject(dir);
    const good = await reproduce([], dir);
    assert.equal(good.code, 0, good.stdout + good.stderr);
    assert.deepEqual(await names(join(dir, "out")), [
      "findings.json",
      "findings.md",
      "notebooks",
      "site",
    ]);
    // The edit: Victim First's 2021-22 funding turned negative (FOI 0004-24, line 79).
    const csv = join(dir, "data/victim_first_under18.csv");
    const text = await Deno.readTextFile(csv);
    await Deno.writeTextFile(csv, text.replace(",561813,GBP,", ",-561813,GBP,"));
    const bad = await reproduce([], dir);
    assert.equal(bad.code, 1);
    assert.equal(bad.mostKernels, 0);
    assert.ok(bad.stdout.includes("  skipped: the datasets failed their checks\n"));
    assert.ok(
      bad.stdout.includes("  skipped: no notebook runs on datasets that failed their checks\n"),
    );
    assert.ok(bad.stdout.endsWith("FAILED: 1 check failed; every page of the report says so\n"));
    // The last good run's findings and notebooks are gone with it: only this run's site is left.
    assert.deepEqual(await names(join(dir, "out")), ["site"]);
    const site = await pages(join(dir, "out/site"));
    assert.deepEqual([...site.keys()].filter((p) => p.startsWith("notebooks/")), []);
    assert.ok(site.size >= 6, [...site.keys()].join(", "));
    for (const [path, html] of site) {
      assert.ok(html.includes(NOTICE), path);
      assert.ok(html.includes("Dataset data/victim_first_under18.csv failed its checks"), path);
      assert.ok(
        html.includes(
          "line 2 (row 1), column &quot;value&quot;: &quot;-561813&quot;: Expected a GBP " +
            "figure of 0 or more, got -561813",
        ),
        path,
      );
      assert.ok(!html.includes("-£561,813"), path);
    }
  });
});

Deno.test("reproduce publishes this run's findings and a site that states a changed finding", async () => {
  await withTempDir("fail-closed-finding-", async (dir) => {
    await copyProject(dir);
    // Record the wrong status for the first cross-document finding, as a regression would show.
    const defs = join(dir, "lib/findings/_defs_cross_document.ts");
    const lines = (await Deno.readTextFile(defs)).split("\n");
    const at = lines.findIndex((line) => line === '  expected: "reproduced",');
    lines[at] = '  expected: "discrepancy",';
    await Deno.writeTextFile(defs, lines.join("\n"));
    const run = await reproduce(["--notebooks", join(dir, "none-here")], dir);
    assert.equal(run.code, 2);
    const noNotebooks = join(dir, "empty");
    await Deno.mkdir(noNotebooks);
    const failed = await reproduce(["--notebooks", noNotebooks], dir);
    assert.equal(failed.code, 1, failed.stdout + failed.stderr);
    assert.match(failed.stdout, /REGRESSION /);
    // No notebook ran, so there are no executed notebooks.
    assert.deepEqual(await names(join(dir, "out")), ["findings.json", "findings.md", "site"]);
    const written = JSON.parse(await Deno.readTextFile(join(dir, "out/findings.json")));
    assert.ok(written.length > 40);
    for (const [path, html] of await pages(join(dir, "out/site"))) {
      assert.ok(html.includes(NOTICE), path);
      assert.match(html, /<li>Finding [^<]*discrepancy[^<]*<\/li>/, path);
    }
  });
});

Deno.test("reproduce with a failing notebook says so on every page, the good notebook's too", async () => {
  await withTempDir("fail-closed-notebook-", async (dir) => {
    await Deno.mkdir(join(dir, "notebooks"));
    for (const name of ["good/parameters.ipynb", "faults/raises.ipynb"]) {
      await Deno.copyFile(join(FIXTURES, name), join(dir, "notebooks", name.split("/")[1]));
    }
    const run = await reproduce(["--notebooks", join(dir, "notebooks"), "--out", join(dir, "out")]);
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes(
      `Executed notebook written to ${
        join(dir, "out/notebooks/raises.ipynb")
      }, with the error in it`,
    ));
    const site = await pages(join(dir, "out/site"));
    assert.ok(site.has("notebooks/parameters.html"));
    for (const [path, html] of site) {
      assert.ok(html.includes(NOTICE), path);
      assert.ok(
        html.includes(
          `<li>Notebook ${join(dir, "notebooks/raises.ipynb")} stopped at RangeError in cell 2: ` +
            "total 42 is out of range</li>",
        ),
        path,
      );
    }
    assert.deepEqual(run.leftBehind, []);
  });
});

/** Starts a CLI, waits until its kernel is running the first cell, and returns both. */
async function startWithKernel(script: string, args: string[]) {
  const marker = crypto.randomUUID();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `lib/cli/${script}`, ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1", NB_TEST_MARKER: marker },
    stdout: "null",
    stderr: "null",
  }).spawn();
  let kernel: number | undefined;
  for (const end = Date.now() + 60_000; kernel === undefined && Date.now() < end;) {
    kernel = (await marked(marker)).find((p) => p.command.includes("jupyter --kernel"))?.pid;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(kernel !== undefined, "no kernel started");
  // Long enough for the kernel to be ready and inside the cell, which awaits for 60 s.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return { child, kernel, marker };
}

for (const script of ["nb.ts", "reproduce.ts"]) {
  for (const signal of ["SIGKILL", "SIGHUP", "SIGTERM"] as const) {
    Deno.test(`${script} killed by ${signal} leaves no kernel behind for more than 3 s`, async () => {
      await withTempDir("signals-", async (dir) => {
        await Deno.mkdir(join(dir, "notebooks"));
        await Deno.copyFile(
          join(FIXTURES, "faults/await_forever.ipynb"),
          join(dir, "notebooks/await_forever.ipynb"),
        );
        const args = script === "nb.ts"
          ? ["run", join(dir, "notebooks"), "--out", join(dir, "out")]
          : ["--notebooks", join(dir, "notebooks"), "--out", join(dir, "out")];
        const { child, kernel, marker } = await startWithKernel(script, args);
        child.kill(signal);
        assert.equal((await child.status).signal, signal);
        assert.equal(await goneWithin(kernel, 3000), true, `kernel ${kernel} still alive`);
        // Its watchdog goes with it: nothing the run started is left.
        for (let wait = 0; (await marked(marker)).length > 0 && wait < 2000; wait += 50) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        assert.deepEqual(await marked(marker), []);
      });
    });
  }
}

Deno.test("nb run keeps 5,000,000 characters of a cell printing until its timeout, and says so", async () => {
  await withTempDir("print-loop-", async (dir) => {
    const source = 'const line = "x".repeat(100_000);\nfor (;;) {\n  console.log(line);\n' +
      "  await new Promise((resolve) => setTimeout(resolve, 0));\n}\n";
    await Deno.writeTextFile(join(dir, "loop.ipynb"), notebookFile([source]));
    const run = await nb(
      "run",
      join(dir, "loop.ipynb"),
      "--timeout",
      "10",
      "--out",
      join(dir, "out"),
    );
    assert.equal(run.code, 1);
    const written = join(dir, "out/loop.ipynb");
    // 5,000,000 characters of text, split into lines of 100,001 as nbformat stores them.
    assert.ok((await Deno.stat(written)).size < 5_200_000);
    const [cell] = JSON.parse(await Deno.readTextFile(written)).cells;
    assert.equal(cell.outputs[0].text.join("").length, 5_000_000);
    assert.match(
      cell.outputs[1].data["text/plain"][0],
      /^Output truncated: [\d,]+ more characters were not kept \(the limit is 5,000,000 characters per cell\)$/,
    );
    assert.deepEqual(run.leftBehind, []);
  });
});

Deno.test("nb run and reproduce refuse --out naming a file before starting any kernel", async () => {
  const [run, main] = await Promise.all([
    nb("run", "notebooks/01_victim_first.ipynb", "--out", "README.md"),
    reproduce(["--out", "README.md"]),
  ]);
  assert.equal(run.code, 2);
  assert.equal(run.mostKernels, 0);
  assert.equal(
    run.stderr,
    'Cannot write executed notebooks to "README.md": it is a file, not a folder\n',
  );
  assert.equal(main.code, 2);
  assert.equal(main.mostKernels, 0);
  assert.equal(
    main.stderr,
    'Cannot write executed notebooks to "README.md/notebooks": "' +
      `${ROOT}README.md" is a file, not a folder\n`,
  );
  assert.equal(main.stdout, "");
});

Deno.test("nb run prints an error's OSC 52 and clear-screen codes neutralised", async () => {
  await withTempDir("escapes-", async (dir) => {
    const source = 'throw new Error("\\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2J\\x1b[Hgotcha\\x07");';
    await Deno.writeTextFile(join(dir, "escapes.ipynb"), notebookFile([source]));
    const run = await nb("run", join(dir, "escapes.ipynb"), "--out", join(dir, "out"));
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes("gotcha\\x07"), run.stdout);
    for (const text of [run.stdout, run.stderr]) {
      for (const control of ["\x07", "\x1b", "\x9b"]) {
        assert.ok(!text.includes(control), JSON.stringify(text));
      }
    }
  });
});

Deno.test("reproduce runs a notebook named in Chinese, and refuses names differing only in case up front", async () => {
  await withTempDir("names-", async (dir) => {
    const notebooks = join(dir, "notebooks");
    await Deno.mkdir(notebooks);
    await Deno.writeTextFile(join(notebooks, "报告.ipynb"), notebookFile(["6 * 7"]));
    const run = await reproduce(["--notebooks", notebooks, "--out", join(dir, "out")]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(await names(join(dir, "out/notebooks")), ["报告.ipynb"]);
    assert.deepEqual(await names(join(dir, "out/site/notebooks")), ["报告.html"]);
    await Deno.writeTextFile(join(notebooks, "Report.ipynb"), notebookFile(["1"]));
    await Deno.writeTextFile(join(notebooks, "report.ipynb"), notebookFile(["2"]));
    const refused = await reproduce(["--notebooks", notebooks, "--out", join(dir, "out")]);
    assert.equal(refused.code, 2);
    assert.equal(refused.mostKernels, 0);
    assert.equal(refused.stdout, "");
    assert.equal(
      refused.stderr,
      `Cannot write notebooks "${join(notebooks, "Report.ipynb")}" and ` +
        `"${join(notebooks, "report.ipynb")}" to "${join(dir, "out/notebooks")}": their names ` +
        "differ only in case, and would be one file on some systems\n",
    );
  });
});

Deno.test("nb run names the file of a notebook nested 200,000 levels deep", async () => {
  await withTempDir("deep-", async (dir) => {
    const path = join(dir, "deep.ipynb");
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    await Deno.writeTextFile(path, `{"cells":[],"metadata":{"x":${deep}},"nbformat":4}`);
    const run = await nb("run", path, "--out", join(dir, "out"));
    assert.equal(run.code, 1);
    assert.equal(run.mostKernels, 0);
    assert.ok(
      run.stdout.includes(
        `Cannot read notebook "${path}": its JSON nests 200,002 levels deep, more than the ` +
          "1,000 a notebook may have\n",
      ),
      run.stdout,
    );
  });
});

Deno.test("nb run refuses a __proto__ parameter and a hexadecimal number before any kernel starts", async () => {
  await withTempDir("params-", async (dir) => {
    const path = join(dir, "params.ipynb");
    await Deno.writeTextFile(
      path,
      notebookFile(
        ["console.log(Object.getPrototypeOf(obj) === Object.prototype, n)"],
        "const obj = {};\nconst n = 5;",
      ),
    );
    const proto = await nb("run", path, "--param", 'obj={"__proto__":{"polluted":1}}');
    assert.equal(proto.code, 1);
    assert.equal(proto.mostKernels, 0);
    assert.ok(proto.stdout.includes(
      `Cannot set parameter "obj" to "{"__proto__":{"polluted":1}}": the key "__proto__" would ` +
        "set an object's prototype, not a property",
    ));
    const hex = await nb("run", path, "--param", "n=0x10");
    assert.equal(hex.code, 1);
    assert.equal(hex.mostKernels, 0);
    assert.ok(hex.stdout.includes(
      'Cannot set parameter "n" to "0x10": expected a finite decimal number like its default 5',
    ));
  });
});
