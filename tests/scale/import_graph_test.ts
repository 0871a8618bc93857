import assert from "node:assert/strict";
import { libImports } from "../_lib_imports.ts";

// The performance issue: importing the toolkit must stay quick, so the heavy packages are loaded
// on first use (dynamic import) or never: plotly.js is copied as a file, danfojs and TensorFlow.js
// come with lib/interop only, playwright (and UPNG.js) with the browser tests and chart pictures,
// hyparquet with Parquet files, unpdf and mammoth with a PDF or Word file, excelts with a
// spreadsheet. Arquero is the package's own module, with the @uwdata/flechette that lib/deps.ts
// pins. node:crypto (a chart's id) is built in and costs nothing until a digest is taken: a
// `deno run` importing it takes as long as an empty one.
const HEAVY = /plotly|danfojs|tensorflow|tfjs|playwright|upng|hyparquet|unpdf|mammoth|excelts/;
const ARQUERO_ENTRY = /^npm:\/arquero@8\.0\.3$/;
// The analyst's entry leaves out the runner, report, ingest, extraction, scale, CLI, interop,
// picture-drawing and user-document code, which have entry modules of their own.
const NOT_ANALYST = /\/lib\/(notebook|report|ingest|extract|scale|cli|interop|picture|sources)\//;

interface Info {
  roots: string[];
  modules: {
    specifier: string;
    dependencies?: { code?: { specifier: string }; isDynamic?: boolean }[];
    npmPackage?: string;
  }[];
  redirects?: Record<string, string>;
}

// Every module a file loads before its first line runs: the static imports, transitively.
async function staticGraph(path: string): Promise<{ all: string[]; loaded: Set<string> }> {
  const url = new URL(`../../${path}`, import.meta.url);
  const { stdout, success } = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", url.pathname],
    stdout: "piped",
    stderr: "null",
  }).output();
  assert.ok(success, `deno info ${path} failed`);
  const info = JSON.parse(new TextDecoder().decode(stdout)) as Info;
  const bySpecifier = new Map(info.modules.map((m) => [m.specifier, m]));
  const resolve = (s: string) => info.redirects?.[s] ?? s;
  const loaded = new Set<string>();
  const stack = info.roots.map(resolve);
  while (stack.length > 0) {
    const specifier = stack.pop()!;
    if (loaded.has(specifier)) continue;
    loaded.add(specifier);
    for (const dep of bySpecifier.get(specifier)?.dependencies ?? []) {
      if (!dep.isDynamic && dep.code) stack.push(resolve(dep.code.specifier));
    }
  }
  return { all: info.modules.map((m) => m.specifier), loaded };
}

Deno.test("importing lib/mod.ts loads Arquero and none of the heavy packages or other entries' code", async () => {
  const { all, loaded } = await staticGraph("lib/mod.ts");
  assert.ok([...loaded].some((s) => ARQUERO_ENTRY.test(s)), "the graph was read");
  assert.ok([...loaded].some((s) => s === "npm:/@uwdata/flechette@2.6.0"));
  assert.deepEqual([...loaded].filter((s) => HEAVY.test(s) || NOT_ANALYST.test(s)), []);
  // The checks can fail: the module graph of the runner's entry has both kinds.
  const runner = await staticGraph("lib/notebook/mod.ts");
  assert.ok([...runner.loaded].some((s) => NOT_ANALYST.test(s)));
  assert.ok(runner.all.includes("node:crypto"));
  assert.ok(all.length >= loaded.size);
});

Deno.test("lib/scale reads and writes Parquet and Arrow through a dynamic import only", async () => {
  const { all, loaded } = await staticGraph("lib/scale/mod.ts");
  assert.ok(all.some((s) => s.includes("hyparquet")), "hyparquet is in the full graph");
  assert.deepEqual([...loaded].filter((s) => HEAVY.test(s)), []);
  // The walk does find a package a module imports statically: the Markdown renderer.
  const report = await staticGraph("lib/display/render_markdown.ts");
  assert.ok([...report.loaded].some((s) => s.includes("marked")));
});

Deno.test("lib/ingest reads PDF and Word files through a dynamic import only", async () => {
  const { all, loaded } = await staticGraph("lib/ingest/mod.ts");
  assert.ok(all.some((s) => s.includes("unpdf")), "unpdf is in the full graph");
  assert.ok(all.some((s) => s.includes("mammoth")), "mammoth is in the full graph");
  assert.deepEqual([...loaded].filter((s) => HEAVY.test(s)), []);
});

// The toolkit is lib/: imported by path from a folder outside the clone, or copied, it must not
// reach for a module beside it (a generated file in another top-level folder, a test helper).
Deno.test("no module in lib/ imports a file outside lib/", async () => {
  const lib = new URL("../../lib/", import.meta.url).href;
  const { imports, files } = await libImports();
  const relative = imports.filter(({ specifier }) => specifier.startsWith("."));
  assert.ok(files > 100 && relative.length > files, "the walk read lib/ and its imports");
  const outside = relative.filter(({ file, specifier }) =>
    !new URL(specifier, file).href.startsWith(lib)
  ).map(({ file, specifier }) => `${file.href.slice(lib.length)}: ${specifier}`);
  assert.deepEqual(outside, []);
  // The generated names of the user's datasets are inside lib/, where load() imports them from.
  assert.ok(
    relative.some(({ file, specifier }) =>
      new URL(specifier, file).href === `${lib}datasets/user_dataset_names.ts`
    ),
  );
});
