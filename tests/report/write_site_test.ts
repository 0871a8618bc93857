import assert from "node:assert/strict";
import { join } from "node:path";
import { readManifest, readSeeds } from "../../lib/mod.ts";
import { type NotebookRun, writeSite } from "../../lib/report/mod.ts";
import { FINDINGS, fixtureRuns } from "./_fixtures.ts";

const PLOTLY = new URL("../../node_modules/plotly.js-dist/plotly.js", import.meta.url);

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "write-site-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function fullSite(dir: string) {
  return await writeSite(join(dir, "site"), fixtureRuns(), {
    title: "Victim services",
    findings: FINDINGS,
    sources: await readManifest(),
    sourceTexts: await readSeeds(),
  });
}

async function readTree(dir: string, prefix = ""): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for await (const entry of Deno.readDir(join(dir, prefix))) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory) { for (const [p, b] of await readTree(dir, path)) files.set(p, b); }
    else files.set(path, await Deno.readFile(join(dir, path)));
  }
  return files;
}

Deno.test("writeSite() writes the index, a page per notebook and per source, and the assets", async () => {
  await withDir(async (dir) => {
    const site = await fullSite(dir);
    assert.equal(site.index, join(dir, "site", "index.html"));
    assert.deepEqual(site.files, [
      "assets/plotly.LICENSE.txt",
      "assets/plotly.js",
      "assets/site.css",
      "assets/site.js",
      "index.html",
      "notebooks/broken.html",
      "notebooks/charts.html",
      "notebooks/never.html",
      "notebooks/payloads.html",
      "notebooks/tables.html",
      "sources/leicester_council_foi_child_victims_2020_21.html",
      "sources/llr_opcc_commissioning_framework_2024_25.html",
      "sources/llr_opcc_foi_0004_24_under18_services.html",
      "sources/llr_opcc_foi_0017_24_asb_support.html",
      "sources/nottinghamshire_opcc_foi_2838_15_victims_commissioning.html",
    ]);
    assert.deepEqual([...(await readTree(join(dir, "site"))).keys()].sort(), site.files);
  });
});

Deno.test("writeSite() copies plotly.js from the npm package, byte for byte", async () => {
  await withDir(async (dir) => {
    await fullSite(dir);
    assert.deepEqual(
      await Deno.readFile(join(dir, "site/assets/plotly.js")),
      await Deno.readFile(PLOTLY),
    );
    const licence = await Deno.readTextFile(join(dir, "site/assets/plotly.LICENSE.txt"));
    assert.match(licence, /MIT License/);
  });
});

Deno.test("writeSite() lists every notebook on the index with its status, run time and error", async () => {
  await withDir(async (dir) => {
    const index = await Deno.readTextFile((await fullSite(dir)).index);
    assert.match(index, /<p class="lede">5 notebooks run: 3 without error, 2 failed\.<\/p>/);
    assert.match(
      index,
      /<a href="notebooks\/charts\.html">charts\.ipynb<\/a>.*status-ok">ok<\/span><\/td><td class="n">2\.3 s<\/td>/,
    );
    assert.match(
      index,
      /broken\.ipynb<\/a>.*status-error">error<\/span><div class="why">cell 2: TypeError: rows\.map is not a function<\/div><\/td><td class="n">0\.5 s/,
    );
    assert.match(
      index,
      /never\.ipynb<\/a>.*status-failed-to-run">failed-to-run<\/span><div class="why">Cannot read notebook/,
    );
  });
});

Deno.test("writeSite() links each finding to its line of its source document", async () => {
  await withDir(async (dir) => {
    const index = await Deno.readTextFile((await fullSite(dir)).index);
    assert.match(
      index,
      /<a href="sources\/llr_opcc_foi_0004_24_under18_services\.html#L79" title="llr_opcc_foi_0004_24_under18_services\.txt">FOI 0004-24, line 79<\/a>/,
    );
    // A seed the site has no text for is named, not linked.
    assert.match(index, /<td>not_a_seed\.txt:3<\/td>/);
    assert.match(index, /<td class="n">1,351<\/td><td class="n">1,351<\/td>/);
    assert.match(index, /<td class="n">£639,675<\/td><td class="n">£639,676<\/td>/);
    const page = await Deno.readTextFile(
      join(dir, "site/sources/llr_opcc_foi_0004_24_under18_services.html"),
    );
    const seed = await Deno.readTextFile(
      new URL("../../seeds/llr_opcc_foi_0004_24_under18_services.txt", import.meta.url),
    );
    const line79 = seed.split("\n")[78];
    assert.ok(page.includes(`<li id="L79">${line79}</li>`), "line 79 is anchored as L79");
    assert.equal(
      page.match(/<li id="L\d+">/g)?.length,
      94,
      "one anchor per line (94 lines, manifest)",
    );
  });
});

Deno.test("writeSite() shows the share a coverage finding covers and a bounded finding's range", async () => {
  await withDir(async (dir) => {
    const index = await Deno.readTextFile((await fullSite(dir)).index);
    // 339 / 356 = 95.2%; 1,171 to 356 + 204 + 258 + 1,171 + 164 = 2,153.
    assert.match(
      index,
      /<td class="n">356<\/td><td class="n">339<\/td><td><span class="status status-coverage">coverage<\/span> covers 95\.2%<\/td>/,
    );
    assert.match(
      index,
      /<td class="n">—<\/td><td class="n">1,171 to 2,153<\/td><td><span class="status status-bounded">bounded<\/span><\/td>/,
    );
  });
});

Deno.test("writeSite() says on every page that the documents are under the OGL, naming their publishers", async () => {
  await withDir(async (dir) => {
    const site = await fullSite(dir);
    for (const file of site.files.filter((f) => f.endsWith(".html"))) {
      const html = await Deno.readTextFile(join(dir, "site", file));
      assert.ok(
        html.includes(
          "Contains public sector information published by Office of the Police and Crime " +
            "Commissioner for Leicester, Leicestershire and Rutland, Leicester City Council and " +
            "Nottinghamshire Office of the Police and Crime Commissioner, licensed under the " +
            '<a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">' +
            "Open Government Licence v3.0</a>.",
        ),
        file,
      );
      assert.ok(html.includes('<link rel="icon" href="data:,">'), `${file} has the empty favicon`);
    }
  });
});

Deno.test("writeSite() loads plotly.js only on pages with charts and leaves findings out when none", async () => {
  await withDir(async (dir) => {
    await writeSite(join(dir, "site"), fixtureRuns());
    const index = await Deno.readTextFile(join(dir, "site/index.html"));
    assert.doesNotMatch(index, /Findings|Source documents|<script/);
    const charts = await Deno.readTextFile(join(dir, "site/notebooks/charts.html"));
    assert.match(charts, /<script src="\.\.\/assets\/plotly\.js" defer><\/script>/);
    assert.equal(charts.match(/class="plotly-figure"/g)?.length, 2);
    const tables = await Deno.readTextFile(join(dir, "site/notebooks/tables.html"));
    assert.doesNotMatch(tables, /<script/);
  });
});

Deno.test("writeSite() shows a failed cell's error with its traceback in colour", async () => {
  await withDir(async (dir) => {
    await writeSite(join(dir, "site"), fixtureRuns());
    const page = await Deno.readTextFile(join(dir, "site/notebooks/broken.html"));
    assert.match(
      page,
      /The notebook stopped at an error<\/strong> in <a href="#cell-1">cell 2<\/a>/,
    );
    assert.ok(page.includes('<section class="cell cell-code" id="cell-1">'));
    assert.ok(
      page.includes('<span class="ansi-red-fg">TypeError</span>: rows.map is not a function'),
    );
    // 208 - 16 = 192 = 5·36 + 2·6: rgb(55 + 5·40, 55 + 2·40, 0).
    assert.ok(page.includes('<span style="color:rgb(255,135,0)">&lt;anonymous&gt;</span>:1:6'));
    const never = await Deno.readTextFile(join(dir, "site/notebooks/never.html"));
    assert.match(never, /<strong>The notebook did not run:<\/strong> Cannot read notebook/);
  });
});

Deno.test("writeSite() writes byte-identical sites from the same runs", async () => {
  await withDir(async (dir) => {
    const options = {
      findings: FINDINGS,
      sources: await readManifest(),
      sourceTexts: await readSeeds(),
    };
    await writeSite(join(dir, "a"), fixtureRuns(), options);
    await writeSite(join(dir, "b"), fixtureRuns(), options);
    const [a, b] = [await readTree(join(dir, "a")), await readTree(join(dir, "b"))];
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [path, bytes] of a) assert.deepEqual(bytes, b.get(path), path);
  });
});

Deno.test("writeSite() replaces the previous site as a whole", async () => {
  await withDir(async (dir) => {
    await fullSite(dir);
    await writeSite(join(dir, "site"), fixtureRuns().slice(0, 1));
    const files = [...(await readTree(join(dir, "site"))).keys()].sort();
    assert.deepEqual(files.filter((f) => f.endsWith(".html")), [
      "index.html",
      "notebooks/charts.html",
    ]);
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["site"]);
  });
});

Deno.test("writeSite() leaves the old site untouched when writing the new one fails midway", async () => {
  await withDir(async (dir) => {
    await fullSite(dir);
    const before = await readTree(join(dir, "site"));
    // The pages are written first; the missing plotly.js fails the copy after them.
    await assert.rejects(
      writeSite(join(dir, "site"), fixtureRuns().slice(0, 1), { plotlyPath: join(dir, "none.js") }),
      Deno.errors.NotFound,
    );
    const after = await readTree(join(dir, "site"));
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [path, bytes] of before) assert.deepEqual(after.get(path), bytes, path);
    assert.deepEqual(
      [...Deno.readDirSync(dir)].map((e) => e.name),
      ["site"],
      "no temporary folder left",
    );
  });
});

Deno.test("writeSite() rejects runs of the wrong shape before writing anything", async () => {
  await withDir(async (dir) => {
    const [run] = fixtureRuns();
    const cases: [
      NotebookRun[],
      ErrorConstructor | TypeErrorConstructor | RangeErrorConstructor,
      string,
    ][] = [
      [
        [{ ...run, status: "done" as NotebookRun["status"] }],
        TypeError,
        'Cannot write site: runs[0].status "done" is not "ok", "error" or "failed-to-run"',
      ],
      [
        [{ ...run, durationMs: -1 }],
        RangeError,
        'Cannot write site: runs[0].durationMs "-1" is not a duration in milliseconds',
      ],
      [
        [{ ...run, error: { cellIndex: "2" } as unknown as NotebookRun["error"] }],
        TypeError,
        "Cannot write site: runs[0].error needs a message, or a cellIndex, ename, evalue and traceback",
      ],
    ];
    for (const [runs, type, message] of cases) {
      await assert.rejects(writeSite(join(dir, "site"), runs), (error: Error) => {
        assert.ok(error instanceof type, error.name);
        assert.equal(error.message, message);
        return true;
      });
    }
    assert.deepEqual([...Deno.readDirSync(dir)], []);
  });
});

Deno.test("the report module does not load plotly.js: it is copied, never imported", async () => {
  const { stdout, success } = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", new URL("../../lib/report/mod.ts", import.meta.url).pathname],
    stdout: "piped",
    stderr: "null",
  }).output();
  assert.ok(success);
  const graph = JSON.parse(new TextDecoder().decode(stdout));
  const specifiers: string[] = graph.modules.map((m: { specifier: string }) => m.specifier);
  assert.ok(specifiers.some((s) => s.includes("marked")), "the graph was read");
  // The one plotly module in the graph is its package.json, which lib/picture imports on first
  // use to find plotly.js on disk for a chart's picture; plotly.js itself is never imported.
  assert.deepEqual(
    specifiers.filter((s) => s.includes("plotly") && !s.endsWith("/package.json")),
    [],
  );
});
