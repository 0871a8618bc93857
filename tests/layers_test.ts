import assert from "node:assert/strict";

// The layer order lib/mod.ts's module doc states, held on the module graph `deno info --json`
// reads from every file of lib/: no folder imports one above it, and no file imports itself
// through others.

// Bottom to top; folders of one rank do not import each other.
const LAYERS: string[][] = [
  ["_std_csv.d.ts", "_std_html.d.ts"],
  ["deps.ts"],
  ["io"],
  ["parse"],
  ["format"],
  ["datasets"],
  ["data"],
  ["analysis"],
  ["findings", "charts", "stories", "publish"],
  ["picture"],
  ["display"],
  ["mod.ts"],
];

// The folders that stand apart: not imported by any layer, each importing only the layers it
// names here (the CLI may import anything).
const APART: Record<string, string[]> = {
  ingest: ["deps.ts", "io", "parse", "format", "analysis"],
  extract: ["deps.ts", "io", "parse", "format", "datasets", "data"],
  scale: ["deps.ts", "io", "parse", "format", "data", "analysis", "publish"],
  interop: ["deps.ts", "format", "data"],
  notebook: ["deps.ts", "io", "format", "picture", "display"],
  report: ["deps.ts", "io", "format", "findings", "display", "notebook"],
  // The user's documents: added through ingest, checked as findings, a notebook written for them.
  sources: ["deps.ts", "io", "datasets", "data", "analysis", "findings", "ingest", "notebook"],
};

const LIB = new URL("../lib/", import.meta.url);

async function libFiles(dir = LIB): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
    if (entry.isDirectory) files.push(...await libFiles(url));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(url.href);
  }
  return files;
}

// Every import between two files of lib/, as "from -> to" paths relative to lib/; with `types`
// false, only the imports that load code when the importing module runs.
async function libImports(types = true): Promise<string[]> {
  const entry = await Deno.makeTempFile({ suffix: ".ts" });
  try {
    await Deno.writeTextFile(entry, (await libFiles()).map((f) => `import "${f}";\n`).join(""));
    const { stdout, success } = await new Deno.Command(Deno.execPath(), {
      args: ["info", "--json", entry],
      stdout: "piped",
      stderr: "null",
    }).output();
    assert.ok(success, "deno info failed");
    const info = JSON.parse(new TextDecoder().decode(stdout)) as {
      modules: {
        specifier: string;
        dependencies?: { code?: { specifier: string }; type?: { specifier: string } }[];
      }[];
    };
    const inLib = (s: string | undefined) =>
      s?.startsWith(LIB.href) ? s.slice(LIB.href.length) : null;
    const edges = new Set<string>();
    for (const module of info.modules) {
      const from = inLib(module.specifier);
      if (from === null) continue;
      for (const dep of module.dependencies ?? []) {
        const targets = [dep.code?.specifier, types ? dep.type?.specifier : undefined];
        for (const to of targets.map(inLib)) {
          if (to !== null && to !== from) edges.add(`${from} -> ${to}`);
        }
      }
    }
    return [...edges].sort();
  } finally {
    await Deno.remove(entry);
  }
}

const folderOf = (path: string) => path.includes("/") ? path.slice(0, path.indexOf("/")) : path;
const rankOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

// Why an import breaks the order, or null when it keeps it.
function breaks(edge: string): string | null {
  const [from, to] = edge.split(" -> ").map(folderOf);
  if (from === to || from === "cli") return null;
  if (from in APART) {
    return APART[from].includes(to) ? null : `${from} stands apart and may not import ${to}`;
  }
  const [a, b] = [rankOf(from), rankOf(to)];
  if (a < 0) return `${from} is in no layer`;
  if (b < 0) return `${to} stands apart: no layer may import it`;
  return b < a ? null : `${from} may not import ${to}, which is ${b === a ? "beside" : "above"} it`;
}

Deno.test("no folder of lib/ imports one above it or beside it, and apart folders import only their layers", async () => {
  const edges = await libImports();
  assert.ok(edges.includes("analysis/aggregate_by.ts -> format/options.ts"), "the graph was read");
  assert.deepEqual(edges.flatMap((e) => breaks(e) === null ? [] : [`${e}: ${breaks(e)}`]), []);
  // The rule can fail: the arrows the consolidation removed would break it.
  assert.match(breaks("charts/bar_chart.ts -> display/chart.ts")!, /above/);
  assert.match(breaks("display/show.ts -> notebook/nbformat.ts")!, /stands apart/);
  assert.match(breaks("ingest/ingest.ts -> display/gbp.ts")!, /may not import display/);
  assert.match(breaks("datasets/schema.ts -> data/load.ts")!, /above/);
  assert.match(breaks("analysis/x.ts -> stories/y.ts")!, /above/);
  assert.match(breaks("publish/suppress.ts -> charts/palette.ts")!, /beside/);
  assert.match(breaks("findings/finding.ts -> sources/mod.ts")!, /stands apart/);
  assert.match(breaks("sources/add_source.ts -> report/write_site.ts")!, /may not import report/);
});

// Imports of types only are left out: they load nothing, so they cannot make a module run
// before the one it depends on.
Deno.test("no file of lib/ imports its own code through other files", async () => {
  const next = new Map<string, string[]>();
  for (const edge of await libImports(false)) {
    const [from, to] = edge.split(" -> ");
    next.set(from, [...next.get(from) ?? [], to]);
  }
  // Depth-first search; a file met again while still on the path closes a cycle.
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    state.set(file, "open");
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === "open") cycles.push([...path.slice(path.indexOf(to)), to].join(" -> "));
      else if (!state.has(to)) visit(to, [...path, to]);
    }
    state.set(file, "done");
  };
  for (const file of next.keys()) if (!state.has(file)) visit(file, [file]);
  assert.deepEqual(cycles, []);
});
