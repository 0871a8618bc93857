// Hostile input to the report (issue 17, item 10): notebook names in other scripts or differing
// only in case, sites written to one folder at once, and a build that fails half-way.
import assert from "node:assert/strict";
import { join } from "node:path";
import { type NotebookRun, publishTogether, writeSite } from "../../lib/report/mod.ts";

const NOTEBOOK = {
  nbformat: 4 as const,
  nbformat_minor: 5,
  metadata: {},
  cells: [{ id: "a", cell_type: "markdown" as const, metadata: {}, source: "# Spend" }],
};

function run(name: string): NotebookRun {
  return { name, path: `notebooks/${name}`, notebook: NOTEBOOK, status: "ok", durationMs: 10 };
}

async function names(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((entry) => entry.name).sort();
}

Deno.test("writeSite() gives notebooks named in other scripts, or differing in case, pages of their own", async () => {
  const dir = await Deno.makeTempDir({ prefix: "site-names-" });
  try {
    const runs = ["报告.ipynb", "Report.ipynb", "report.ipynb", "!!!.ipynb", "Données été.ipynb"]
      .map(run);
    const site = await writeSite(join(dir, "site"), runs);
    assert.deepEqual(await names(join(dir, "site", "notebooks")), [
      "données-été.html",
      "notebook.html",
      "report-2.html",
      "report.html",
      "报告.html",
    ]);
    const index = await Deno.readTextFile(site.index);
    assert.ok(index.includes('<a href="notebooks/报告.html">报告.ipynb</a>'));
    assert.ok(index.includes('<a href="notebooks/report-2.html">report.ipynb</a>'));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeSite() called 20 times at once on one folder: every call succeeds, nothing is left over", async () => {
  const dir = await Deno.makeTempDir({ prefix: "site-race-" });
  try {
    const calls = Array.from(
      { length: 20 },
      (_, i) => writeSite(join(dir, "site"), [run(`n${i}.ipynb`)]),
    );
    const results = await Promise.allSettled(calls);
    assert.deepEqual(results.filter((r) => r.status === "rejected"), []);
    // Only the site: no build folder, no folder moved aside.
    assert.deepEqual(await names(dir), ["site"]);
    // The site is whole: one notebook page, from one of the calls, and the index links to it.
    const pages = await names(join(dir, "site", "notebooks"));
    assert.equal(pages.length, 1);
    assert.match(pages[0], /^n\d+\.html$/);
    const index = await Deno.readTextFile(join(dir, "site", "index.html"));
    assert.ok(index.includes(`href="notebooks/${pages[0]}"`));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("publishTogether() replaces entries from one build, and removes those it did not write", async () => {
  const dir = await Deno.makeTempDir({ prefix: "publish-" });
  try {
    await Deno.writeTextFile(join(dir, "findings.json"), "old");
    await Deno.mkdir(join(dir, "site"));
    await Deno.writeTextFile(join(dir, "site", "index.html"), "old");
    await Deno.writeTextFile(join(dir, "bench.json"), "not ours");
    const written = await publishTogether(dir, ["findings.json", "site"], async (staging) => {
      await Deno.mkdir(join(staging, "site"));
      await Deno.writeTextFile(join(staging, "site", "index.html"), "new");
    });
    assert.deepEqual(written, ["site"]);
    assert.deepEqual(await names(dir), ["bench.json", "site"]);
    assert.equal(await Deno.readTextFile(join(dir, "site", "index.html")), "new");
    assert.equal((await Deno.stat(join(dir, "site"))).mode! & 0o777, 0o755);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("publishTogether() leaves everything as it was when the build fails", async () => {
  const dir = await Deno.makeTempDir({ prefix: "publish-fail-" });
  try {
    await Deno.writeTextFile(join(dir, "findings.json"), "old");
    await assert.rejects(
      publishTogether(dir, ["findings.json"], async (staging) => {
        await Deno.writeTextFile(join(staging, "findings.json"), "half");
        throw new Error("the build failed");
      }),
      { name: "Error", message: "the build failed" },
    );
    assert.deepEqual(await names(dir), ["findings.json"]);
    assert.equal(await Deno.readTextFile(join(dir, "findings.json")), "old");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("publishTogether() removes the build folder of a program that died, and refuses a path as a name", async () => {
  const dir = await Deno.makeTempDir({ prefix: "publish-stale-" });
  try {
    // A process id above Linux's pid_max (4,194,304) belongs to no program.
    await Deno.mkdir(join(dir, ".publish-99999999-abc"));
    await publishTogether(
      dir,
      ["a.txt"],
      (staging) => Deno.writeTextFile(join(staging, "a.txt"), "a"),
    );
    assert.deepEqual(
      await names(dir),
      Deno.build.os === "linux" ? ["a.txt"] : [".publish-99999999-abc", "a.txt"],
    );
    for (const name of ["", "..", "a/b"]) {
      await assert.rejects(publishTogether(dir, [name], async () => {}), {
        name: "TypeError",
        message: `Cannot publish "${name}": expected a file or folder name`,
      });
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeSite() cuts a notebook's outputs to the runner's limits: a page never grows past them", async () => {
  const dir = await Deno.makeTempDir({ prefix: "site-limits-" });
  try {
    // 12,000,000 characters printed: the page keeps the cell's 5,000,000 and says so.
    const loop = {
      ...NOTEBOOK,
      cells: [{
        id: "loop",
        cell_type: "code" as const,
        metadata: {},
        source: "for (;;) console.log('spam')",
        execution_count: 1,
        outputs: [{
          output_type: "stream" as const,
          name: "stdout" as const,
          text: "spam\n".repeat(2_400_000),
        }],
      }],
    };
    await writeSite(join(dir, "site"), [{ ...run("loop.ipynb"), notebook: loop }]);
    const page = await Deno.readTextFile(join(dir, "site", "notebooks", "loop.html"));
    assert.equal(page.split("spam\n").length - 1, 1_000_000);
    assert.ok(page.length < 5_100_000, `${page.length} characters`);
    assert.ok(
      page.includes(
        "Output truncated: 7,000,000 more characters were not kept (the limit is 5,000,000 " +
          "characters per cell)",
      ),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
