/**
 * The local modules a notebook's code imports, transitively, for the execution cache: the import
 * specifiers written in its code cells, resolved as the kernel resolves them (from the
 * notebook's folder, with the `deno.json` found there) and followed through the module graph that
 * `deno info --json` prints. Imports whose specifier is computed at run time are not seen.
 *
 * @module
 */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// `import ... from "x"`, `import "x"`, `export ... from "x"`, `import("x")`.
const SPECIFIER =
  /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?["']([^"'\n]+)["']|\bimport\s*\(\s*["']([^"'\n]+)["']\s*[,)]/g;

/** The specifiers a piece of code imports, in order of appearance, without duplicates. */
export function importSpecifiers(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(SPECIFIER)) found.add(match[1] ?? match[2]);
  return [...found];
}

const graphs = new Map<string, Promise<string[]>>();

/**
 * The local files (`file:` modules) that importing `specifiers` from `folder` loads, sorted.
 * Results are kept for the life of the program: the graph of one set of specifiers is asked for
 * once per run of notebooks.
 *
 * @throws {Error} When `deno info` fails (its error output is quoted).
 */
export function localModules(
  specifiers: readonly string[],
  options: { folder: string; config: string | null; executable?: string },
): Promise<string[]> {
  if (specifiers.length === 0) return Promise.resolve([]);
  const key = JSON.stringify([options.folder, options.config, [...specifiers].sort()]);
  let graph = graphs.get(key);
  if (graph === undefined) {
    graph = moduleGraph(specifiers, options);
    graphs.set(key, graph);
    graph.catch(() => graphs.delete(key));
  }
  return graph;
}

async function moduleGraph(
  specifiers: readonly string[],
  options: { folder: string; config: string | null; executable?: string },
): Promise<string[]> {
  const base = pathToFileURL(`${resolve(options.folder)}/`);
  // A relative specifier is made absolute from the notebook's folder; a bare one is left to the
  // import map of the notebook's deno.json.
  const lines = specifiers.map((s) =>
    `import ${JSON.stringify(/^\.{1,2}\//.test(s) ? new URL(s, base).href : s)};`
  );
  const dir = await Deno.makeTempDir({ prefix: "deno-notebook-graph-" });
  try {
    const root = `${dir}/imports.ts`;
    await Deno.writeTextFile(root, `${lines.join("\n")}\n`);
    const args = ["info", "--json", ...(options.config ? ["--config", options.config] : []), root];
    const out = await new Deno.Command(options.executable ?? Deno.execPath(), {
      args,
      cwd: options.folder,
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(
        `Cannot list the modules of ${specifiers.map((s) => `"${s}"`).join(", ")}: deno info ` +
          `failed: ${new TextDecoder().decode(out.stderr).trim()}`,
      );
    }
    const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
      modules?: { specifier?: string; error?: string }[];
    };
    const rootUrl = pathToFileURL(root).href;
    return (info.modules ?? [])
      .map((module) => module.specifier ?? "")
      .filter((specifier) => specifier.startsWith("file:") && specifier !== rootUrl)
      .map((specifier) => fileURLToPath(specifier))
      .sort();
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}
