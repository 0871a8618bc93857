/**
 * The notebooks and report steps of `deno task reproduce`: run every notebook of the project
 * (in parallel where cores allow, the executed copies written to the output folder), then write
 * the report site from the runs, the findings, the source documents and what failed.
 *
 * @module
 */
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { readManifest } from "../data/manifest.ts";
import { PROJECT_ROOT } from "../io/paths.ts";
import { readSeeds } from "../data/read_seeds.ts";
import type { FindingsRun } from "../findings/reproduce_findings.ts";
import { findNotebooks } from "../notebook/find_notebooks.ts";
import { formatRunSummary } from "../notebook/format_run_summary.ts";
import type { RunNotebookResult } from "../notebook/run_notebook.ts";
import type { RunNotebooksResult } from "../notebook/run_notebooks.ts";
import type { NotebookRun, SiteFindings } from "../report/types.ts";
import { writeSite } from "../report/write_site.ts";
import { DEFAULT_TIMEOUT } from "./_nb_usage.ts";
import { writeOut } from "./_output.ts";
import { notebookCacheDir, runWithProgress } from "./_run_with_progress.ts";

/** The site's title. */
const TITLE = "Victim services commissioning toolkit";

/**
 * The notebooks in `notebooksDir`; none when the folder is missing and `optional`.
 *
 * @throws {Deno.errors.NotFound} When the folder is missing and not `optional`.
 */
export async function projectNotebooks(
  notebooksDir: string,
  optional: boolean,
): Promise<string[]> {
  const exists = await Deno.stat(notebooksDir).then((info) => info.isDirectory, () => false);
  if (!exists && !optional) {
    throw new Deno.errors.NotFound(`Cannot run the notebooks in "${notebooksDir}": no such folder`);
  }
  return exists ? await findNotebooks([notebooksDir]) : [];
}

/**
 * Runs the notebooks with live progress, writing executed copies to `outDir`, and prints what
 * failed, naming each copy where it will be once published (`shownDir`).
 */
export async function runProjectNotebooks(
  paths: readonly string[],
  options: { outDir: string; shownDir: string; jobs?: number; force?: boolean },
): Promise<RunNotebooksResult> {
  const run = await runWithProgress(paths, {
    outDir: options.outDir,
    jobs: options.jobs,
    timeout: DEFAULT_TIMEOUT,
    cache: { dir: notebookCacheDir(), force: options.force },
  });
  const shown = run.results.map((result) => ({
    ...result,
    written: result.written === null ? null : join(options.shownDir, basename(result.written)),
  }));
  writeOut(formatRunSummary({ ...run, results: shown }));
  return run;
}

/** One runner result as the report site shows it. */
export function toSiteRun(result: RunNotebookResult): NotebookRun {
  const { path, status, notebook, durationMs, cellError } = result;
  const run = {
    name: basename(path),
    path: projectPath(path),
    notebook,
    durationMs,
    ...(result.cache === null ? {} : { cache: result.cache }),
  };
  if (status === "ok") return { ...run, status: "ok" };
  if (status === "error" && cellError !== null) {
    const { cellIndex, ename, evalue, traceback } = cellError;
    return { ...run, status: "error", error: { cellIndex, ename, evalue, traceback } };
  }
  return { ...run, status: "failed-to-run", error: { message: result.message ?? status } };
}

/** What failed in a notebook's run, in one sentence for the report's notice. */
export function notebookFailure(run: NotebookRun): string {
  const error = run.error;
  const what = error === undefined
    ? "did not end without error"
    : "message" in error
    ? `did not run: ${error.message}`
    : `stopped at ${error.ename} in cell ${error.cellIndex + 1}: ${error.evalue.split("\n")[0]}`;
  return `Notebook ${run.path} ${what}`;
}

/** `notebooks/a.ipynb` for a notebook in the project; the path as given for one outside it. */
function projectPath(path: string): string {
  return within(PROJECT_ROOT, path) ?? path;
}

/** A path relative to the working folder when it is inside it, else absolute. */
export function shortPath(path: string): string {
  return within(Deno.cwd(), path) ?? resolve(path);
}

function within(folder: string, path: string): string | null {
  const inside = relative(folder, resolve(path));
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? null : inside;
}

/** The findings as the site shows them. */
export function siteFindings(findings: FindingsRun | null): SiteFindings | null {
  return findings === null ? null : { counts: findings.counts, items: findings.findings };
}

/** Writes the report site: the runs, the findings, the source documents, and what failed. */
export async function writeReport(
  siteDir: string,
  runs: readonly NotebookRun[],
  options: { findings: FindingsRun | null; failures: readonly string[] },
): Promise<void> {
  await writeSite(siteDir, runs, {
    title: TITLE,
    findings: siteFindings(options.findings),
    sources: await readManifest(),
    sourceTexts: await readSeeds(),
    failures: options.failures,
  });
}
