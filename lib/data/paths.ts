/** The project's root folder (the one holding `deno.json`). */
export const PROJECT_ROOT: string = folder("../../");

/** The folder of tidy datasets, `data/`. */
export const DATA_DIR: string = folder("../../data/");

/** The folder of source documents, `seeds/`. */
export const SEEDS_DIR: string = folder("../../seeds/");

/** The folder for generated output (findings, report site, benchmarks), `out/`. */
export const OUT_DIR: string = folder("../../out/");

// What node:url's fileURLToPath gives for a file: URL, written out because loading any node:
// module costs about 10 ms of every `deno run` that imports the toolkit.
function folder(relative: string): string {
  const url = new URL(relative, import.meta.url);
  const path = decodeURIComponent(url.pathname);
  if (Deno.build.os !== "windows") return path;
  // file:///C:/x/ is C:\x\ and file://server/share/x/ is \\server\share\x\.
  const local = url.hostname === "" ? path.slice(1) : `//${url.hostname}${path}`;
  return local.replaceAll("/", "\\");
}
