/**
 * The notebooks and report steps of `deno task reproduce`: run every notebook of the project
 * (in parallel where cores allow, the executed copies written to the output folder), then write
 * the report site from the runs, the findings and the source documents.
 *
 * @module
 */
import { basename, isAbsolute, relative, resolve } from "node:path";
import { readManifest } from "../data/manifest.ts";
import { PROJECT_ROOT } from "../data/paths.ts";
import { readSeeds } from "../data/read_seeds.ts";
import type { FindingsRun } from "../findings/reproduce_findings.ts";
import { findNotebooks } from "../notebook/find_notebooks.ts";
import { formatRunSummary } from "../notebook/format_run_summary.ts";
import type { RunNotebookResult } from "../notebook/run_notebook.ts";
import type { RunNotebooksResult } from "../notebook/run_notebooks.ts";
import type { NotebookRun, SiteFindings } from "../report/types.ts";
import { siteSummary } from "../report/site_summary.ts";
import { writeSite } from "../report/write_site.ts";
import { DEFAULT_TIMEOUT } from "./_nb_usage.ts";
import { writeOut } from "./_output.ts";
import { runWithProgress } from "./_run_with_progress.ts";

/** The site's title. */
const TITLE = "Victim services commissioning toolkit";

/** What the notebooks step did. */
export interface NotebooksStep {
  /** The runner's results. */
  run: RunNotebooksResult;
  /** The runs as the report shows them. */
  runs: NotebookRun[];
}

/**
 * Runs the notebooks in `notebooksDir` with live progress, writing executed copies to
 * `outDir`, and prints what failed. A missing folder counts as no notebooks when `optional`.
 *
 * @throws {Deno.errors.NotFound} When the folder is missing and not `optional`.
 */
export async function runProjectNotebooks(
  notebooksDir: string,
  options: { outDir: string; optional: boolean; jobs?: number },
): Promise<NotebooksStep> {
  const exists = await Deno.stat(notebooksDir).then((info) => info.isDirectory, () => false);
  if (!exists && !options.optional) {
    throw new Deno.errors.NotFound(`Cannot run the notebooks in "${notebooksDir}": no such folder`);
  }
  const paths = exists ? await findNotebooks([notebooksDir]) : [];
  const run = await runWithProgress(paths, {
    outDir: options.outDir,
    jobs: options.jobs,
    timeout: DEFAULT_TIMEOUT,
  });
  writeOut(formatRunSummary(run));
  return { run, runs: run.results.map(toSiteRun) };
}

/** One runner result as the report site shows it. */
export function toSiteRun(result: RunNotebookResult): NotebookRun {
  const { path, status, notebook, durationMs, cellError } = result;
  const run = { name: basename(path), path: projectPath(path), notebook, durationMs };
  if (status === "ok") return { ...run, status: "ok" };
  if (status === "error" && cellError !== null) {
    const { cellIndex, ename, evalue, traceback } = cellError;
    return { ...run, status: "error", error: { cellIndex, ename, evalue, traceback } };
  }
  return { ...run, status: "failed-to-run", error: { message: result.message ?? status } };
}

/** `notebooks/a.ipynb` for a notebook in the project; the path as given for one outside it. */
function projectPath(path: string): string {
  return within(PROJECT_ROOT, path) ?? path;
}

/** A path relative to the working folder when it is inside it, else absolute. */
function shortPath(path: string): string {
  return within(Deno.cwd(), path) ?? resolve(path);
}

function within(folder: string, path: string): string | null {
  const inside = relative(folder, resolve(path));
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? null : inside;
}

/**
 * Writes the report site and prints what the main job did: notebooks run and failed, findings by
 * status, and where the report is.
 */
export async function writeReport(
  siteDir: string,
  runs: readonly NotebookRun[],
  findings: FindingsRun | null,
): Promise<void> {
  const siteFindings: SiteFindings | null = findings === null
    ? null
    : { counts: findings.counts, items: findings.findings };
  const site = await writeSite(siteDir, runs, {
    title: TITLE,
    findings: siteFindings,
    sources: await readManifest(),
    sourceTexts: await readSeeds(),
  });
  for (const line of siteSummary(runs, siteFindings, { index: shortPath(site.index) })) {
    writeOut(`${line}\n`);
  }
}
