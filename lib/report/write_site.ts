import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../io/paths.ts";
import { limitOutputs } from "../notebook/output_limits.ts";
import type { NotebookRun, SiteFindings, SiteSource } from "./types.ts";
import { checkRuns } from "./_check.ts";
import { failureNotice, footer, page } from "./_layout.ts";
import { indexBody } from "./_index_page.ts";
import { notebookBody } from "./_notebook_page.ts";
import { notebookPagePaths, sourcePagePath } from "./_paths.ts";
import { sourceBody } from "./_source_page.ts";
import { publishTogether } from "./publish_together.ts";

/** Options for {@linkcode writeSite}. */
export interface WriteSiteOptions {
  /** The site's title; defaults to `Notebooks`. */
  title?: string;
  /** The findings, shown on the index when given. */
  findings?: SiteFindings | null;
  /** The source documents (`seeds/manifest.json` entries), for attribution. */
  sources?: readonly SiteSource[];
  /** The source documents' texts by file name; each becomes a page that findings link to. */
  sourceTexts?: ReadonlyMap<string, string>;
  /** The plotly.js bundle to copy; defaults to the installed npm `plotly.js-dist`. */
  plotlyPath?: string;
  /**
   * What failed in the run the site reports (a dataset check, a finding's status, a notebook),
   * one sentence each. When there is any, every page says at its top that the run failed, and
   * lists them.
   */
  failures?: readonly string[];
}

/** What {@linkcode writeSite} wrote. */
export interface WriteSiteResult {
  /** The absolute path of the index page. */
  index: string;
  /** Every file of the site, relative to its folder, sorted. */
  files: string[];
}

/**
 * Writes the report site: `index.html` (every notebook with its status and run time, the
 * findings when given, the source documents), one page per notebook under `notebooks/`, one page
 * per source document given with its text under `sources/`, and `assets/` (the stylesheet,
 * `site.js`, and plotly.js with its licence, about 10 MB, copied once). A notebook's outputs
 * are cut to the runner's limits first (`limitOutputs`), so no page grows without bound. The
 * site works offline: charts are drawn by the site's own plotly.js, and a
 * Content-Security-Policy lets only the site's own script files run.
 *
 * The whole site is built in a temporary folder beside `outDir` and then renamed into place
 * ({@linkcode publishTogether}), so `outDir` is never half-written: if anything fails, the
 * previous site is left as it was, and sites written at once to one folder take turns. The
 * output is deterministic: the same runs give byte-identical files.
 *
 * @param outDir The site's folder, e.g. `out/site`; replaced as a whole.
 * @param runs The notebooks run, in the order to list them.
 * @param options The title, findings, sources, plotly.js bundle and the run's failures.
 * @returns The index page's path and the files written.
 * @throws {TypeError} When a run has the wrong shape.
 * @throws {RangeError} When a run's duration is negative or not finite.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeSite } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const notebook = {
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [{ id: "a", cell_type: "markdown" as const, metadata: {}, source: "# Spend" }],
 * };
 * const run = { name: "spend.ipynb", path: "notebooks/spend.ipynb", notebook, status: "ok" as const, durationMs: 1200 };
 * const site = await writeSite(`${dir}/site`, [run]);
 * assert.ok(site.files.includes("notebooks/spend.html"));
 * assert.match(await Deno.readTextFile(site.index), /<td class="n">1\.2 s<\/td>/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeSite(
  outDir: string,
  runs: readonly NotebookRun[],
  options: WriteSiteOptions = {},
): Promise<WriteSiteResult> {
  checkRuns(runs);
  const pages = renderPages(runs, options);
  const plotly = options.plotlyPath ?? installedPlotly();
  const files = [...pages.keys(), "assets/plotly.js", "assets/plotly.LICENSE.txt"];
  const target = resolve(outDir);
  await publishTogether(dirname(target), [basename(target)], async (staging) => {
    const dir = join(staging, basename(target));
    for (const [path, content] of pages) await writeUnder(dir, path, content);
    await Deno.copyFile(plotly, join(dir, "assets/plotly.js"));
    await Deno.copyFile(join(dirname(plotly), "LICENSE"), join(dir, "assets/plotly.LICENSE.txt"));
  });
  return { index: join(target, "index.html"), files: files.sort() };
}

/** Writes a file under a folder, making the folders on its path. */
async function writeUnder(dir: string, path: string, content: string): Promise<void> {
  const full = join(dir, path);
  await Deno.mkdir(dirname(full), { recursive: true });
  await Deno.writeTextFile(full, content);
}

function renderPages(runs: readonly NotebookRun[], options: WriteSiteOptions): Map<string, string> {
  const siteTitle = options.title ?? "Notebooks";
  const sources = options.sources ?? [];
  const texts = options.sourceTexts ?? new Map<string, string>();
  const withText = sources.filter((source) => texts.has(source.file));
  const notebookPages = notebookPagePaths(runs);
  // The comment explains the file; the frames need only the rules.
  const frameCss = readAsset("frame.css").replace(/\/\*[\s\S]*?\*\//g, "").trim();
  const pages = new Map<string, string>();
  const failures = options.failures ?? [];
  const frame = (path: string, title: string, body: string, figures: boolean) => {
    const root = path.includes("/") ? "../" : "";
    const footerHtml = footer(sources, root);
    const notice = failureNotice(failures, root);
    pages.set(path, page({ title, siteTitle, root, body, figures, footer: footerHtml, notice }));
  };
  frame(
    "index.html",
    siteTitle,
    indexBody(runs, {
      title: siteTitle,
      pages: notebookPages,
      findings: options.findings ?? null,
      sources,
      sourcePages: new Set(withText.map((source) => source.file)),
    }),
    false,
  );
  runs.forEach((run, i) => {
    // The runner's output limits hold for a notebook that did not come from the runner too.
    const notebook = run.notebook === null ? null : limitOutputs(run.notebook);
    const body = notebookBody({ ...run, notebook }, frameCss);
    frame(notebookPages[i], `${run.name} · ${siteTitle}`, body.html, body.figures > 0);
  });
  for (const source of withText) {
    frame(
      sourcePagePath(source.file),
      source.title,
      sourceBody(source, texts.get(source.file)!),
      false,
    );
  }
  pages.set("assets/site.css", readAsset("site.css"));
  pages.set("assets/site.js", readAsset("site.js"));
  return pages;
}

function readAsset(name: string): string {
  return Deno.readTextFileSync(new URL(`./assets/${name}`, import.meta.url));
}

// Resolved at run time, never imported: plotly.js stays out of every module graph.
function installedPlotly(): string {
  const resolved = import.meta.resolve("plotly.js-dist");
  return resolved.startsWith("file:")
    ? fileURLToPath(resolved)
    : join(PROJECT_ROOT, "node_modules/plotly.js-dist/plotly.js");
}
