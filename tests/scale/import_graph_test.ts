import assert from "node:assert/strict";

// The performance issue: importing the toolkit must stay quick, so the heavy packages are loaded
// on first use (dynamic import) or never: plotly.js is copied as a file, danfojs and TensorFlow.js
// come with lib/interop only, playwright with the browser tests, hyparquet with Parquet files,
// flechette with Arrow files, node:crypto with a kernel or a columnar copy's checksum. Arquero
// comes as its single-file build (lib/data/arquero.ts), never as the package's module entry
// (`npm:/arquero@<version>`, its src/index.js and ~170 modules with flechette).
const HEAVY = /plotly|danfojs|tensorflow|tfjs|playwright|hyparquet|flechette|node:crypto/;
const ARQUERO_ENTRY = /^npm:\/arquero@[^/]+$/;
const ARQUERO_BUILD = /^npm:\/arquero@[^/]+\/dist\/arquero\.min\.js$/;

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

Deno.test("importing lib/mod.ts loads Arquero's single-file build and none of the heavy packages", async () => {
  const { all, loaded } = await staticGraph("lib/mod.ts");
  assert.ok([...loaded].some((s) => ARQUERO_BUILD.test(s)), "the graph was read");
  assert.deepEqual([...loaded].filter((s) => HEAVY.test(s) || ARQUERO_ENTRY.test(s)), []);
  // The checks can fail: the full graph has flechette (for its types; lib/scale/_packages.ts
  // imports it by a name in a constant) and node:crypto (the kernel engine's dynamic import).
  assert.ok(all.some((s) => s.includes("flechette")) && all.includes("node:crypto"));
  // deno info does name the package entry so: the type-only imports (`import type * as aq from
  // "arquero"`, which load nothing) list it, though no code dependency reaches it.
  assert.ok(all.some((s) => ARQUERO_ENTRY.test(s)));
});

Deno.test("lib/scale reads and writes Parquet and Arrow through a dynamic import only", async () => {
  const { all, loaded } = await staticGraph("lib/scale/mod.ts");
  assert.ok(all.some((s) => s.includes("hyparquet")), "hyparquet is in the full graph");
  assert.deepEqual([...loaded].filter((s) => HEAVY.test(s)), []);
  // The walk does find a package a module imports statically: the report's Markdown renderer.
  const report = await staticGraph("lib/report/render_markdown.ts");
  assert.ok([...report.loaded].some((s) => s.includes("marked")));
});
