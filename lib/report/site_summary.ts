import type { NotebookRun, SiteFindings } from "./types.ts";
import { plural } from "../format/plural.ts";
import { terminalText } from "../notebook/terminal_text.ts";

/** Options for {@linkcode siteSummary}. */
export interface SiteSummaryOptions {
  /** Where the report's index page is (e.g. {@linkcode WriteSiteResult.index}). */
  index?: string;
}

/**
 * Says what the main job did, as lines to print: how many notebooks ran and failed, each
 * failure with its cell and error, the findings by status, and where the report is. Text from the
 * notebooks is made safe to print on a terminal (no escape codes).
 *
 * @param runs The notebooks run.
 * @param findings The findings, or null when there are none.
 * @param options Where the report's index page is.
 * @returns The lines, without newlines.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { siteSummary } from "./mod.ts";
 * const nb = { nbformat: 4 as const, nbformat_minor: 5, metadata: {}, cells: [] };
 * const lines = siteSummary([
 *   { name: "a.ipynb", path: "notebooks/a.ipynb", notebook: nb, status: "ok", durationMs: 900 },
 *   {
 *     name: "b.ipynb", path: "notebooks/b.ipynb", notebook: nb, status: "error", durationMs: 400,
 *     error: { cellIndex: 2, ename: "ReferenceError", evalue: "rows is not defined", traceback: [] },
 *   },
 * ], { counts: { reproduced: 12, discrepancy: 1 } }, { index: "out/site/index.html" });
 * assert.deepEqual(lines, [
 *   "Notebooks: 2 run, 1 ok, 1 failed",
 *   "  FAIL b.ipynb: cell 3 raised ReferenceError: rows is not defined",
 *   "Findings: 12 reproduced, 1 discrepancy",
 *   "Report: out/site/index.html",
 * ]);
 * ```
 */
export function siteSummary(
  runs: readonly NotebookRun[],
  findings: SiteFindings | null,
  options: SiteSummaryOptions = {},
): string[] {
  const failed = runs.filter((run) => run.status !== "ok");
  const lines = [
    `Notebooks: ${runs.length} run, ${runs.length - failed.length} ok, ${failed.length} failed`,
  ];
  for (const run of failed) lines.push(`  FAIL ${run.name}: ${failure(run)}`);
  if (findings !== null) {
    const counts = Object.entries(findings.counts).map(([status, n]) => `${n} ${status}`);
    const total = Object.values(findings.counts).reduce((sum, n) => sum + n, 0);
    lines.push(`Findings: ${counts.length === 0 ? plural(total, "finding") : counts.join(", ")}`);
  }
  if (options.index !== undefined) lines.push(`Report: ${options.index}`);
  return lines.map(terminalText);
}

function failure(run: NotebookRun): string {
  const error = run.error;
  if (error === undefined) return run.status === "error" ? "raised an error" : "did not run";
  if ("message" in error) return `did not run: ${error.message}`;
  const text = error.evalue.split("\n")[0];
  return `cell ${error.cellIndex + 1} raised ${error.ename}: ${text}`;
}
