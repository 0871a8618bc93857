import type { Finding, FindingStatus } from "./finding.ts";
import { statusCounts } from "./_format.ts";
import { checkExpectedStatuses, type Regression } from "./check_expected_statuses.ts";
import { countByStatus } from "./count_by_status.ts";
import { runFindings, type RunFindingsOptions } from "./run_findings.ts";
import { writeFindings, type WrittenFindings } from "./write_findings.ts";

/** Options for {@linkcode reproduceFindings}. */
export interface ReproduceFindingsOptions extends RunFindingsOptions {
  /** Where to write `findings.json` and `findings.md`; defaults to `out/`. Null writes nothing. */
  outDir?: string | null;
}

/** What {@linkcode reproduceFindings} found. */
export interface FindingsRun {
  /** The findings. */
  findings: Finding[];
  /** How many have each status. */
  counts: Record<FindingStatus, number>;
  /** Findings whose status is not the one recorded; empty when all are as recorded. */
  regressions: Regression[];
  /** The files written; null when `outDir` was null. */
  written: WrittenFindings | null;
  /** Lines for the terminal: the counts by status, then each regression. */
  summary: string;
}

/**
 * The findings step of `deno task findings` and `deno task reproduce`: runs the findings, checks
 * their statuses against the recorded ones, writes `out/findings.json` and `out/findings.md`, and
 * sums up. A discrepancy is a result; only a regression (a changed status) is a failure, listed in
 * `regressions` (the callers exit non-zero when it is not empty).
 *
 * @param options Where the data is and where to write.
 * @returns The findings, counts, regressions, files written and a summary.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reproduceFindings } from "./mod.ts";
 * const run = await reproduceFindings({ outDir: null });
 * assert.deepEqual(run.regressions, []);
 * assert.match(
 *   run.summary,
 *   /findings: \d+ reproduced, \d+ discrepancy, \d+ coverage, \d+ bounded, \d+ not-computable/,
 * );
 * ```
 */
export async function reproduceFindings(
  options: ReproduceFindingsOptions = {},
): Promise<FindingsRun> {
  const findings = await runFindings(options);
  const counts = countByStatus(findings);
  const regressions = checkExpectedStatuses(findings, { definitions: options.definitions });
  const written = options.outDir === null
    ? null
    : await writeFindings(findings, { dir: options.outDir });
  const lines = [
    statusCounts(findings.length, counts) +
    (regressions.length === 0 ? "; every status as recorded" : ""),
    ...regressions.map((r) => `  REGRESSION ${r.message}`),
  ];
  if (regressions.length > 0) {
    lines.push(
      `${regressions.length} finding(s) changed status: if the change is right, record the new ` +
        "status in the finding's definition (lib/findings/_defs_*.ts)",
    );
  }
  return { findings, counts, regressions, written, summary: lines.join("\n") };
}
