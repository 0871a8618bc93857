import type { Finding } from "./finding.ts";
import { countByStatus } from "./count_by_status.ts";
import { STATUS_MEANINGS } from "../analysis/check_status.ts";
import { FINDING_STATUSES } from "./finding.ts";
import { figureCells, resultText, statusCell, statusCounts } from "./_format.ts";

const COLUMNS = ["Status", "ID", "Claim", "Line", "Stated", "Computed", "Difference", "Tolerance"];

/**
 * Writes findings as a Markdown report: the counts by status and what each status means, then
 * for each source document a table of its findings followed by each finding's note, what a
 * coverage or bounded finding found, and its consistency tests. Deterministic: the same findings
 * give the same text.
 *
 * @param findings The findings.
 * @returns The Markdown, ending with a newline.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findingsMarkdown, runFindings } from "./mod.ts";
 * const md = findingsMarkdown(await runFindings());
 * assert.match(md, /^# Findings\n/);
 * assert.match(md, /\| discrepancy \| framework-csp-spend \|/);
 * ```
 */
export function findingsMarkdown(findings: readonly Finding[]): string {
  const counts = countByStatus(findings);
  const out = [
    "# Findings",
    "",
    "Every figure the source documents state that can be checked against their other figures, " +
    "recomputed from the tidy datasets. Difference is computed − stated. A discrepancy is a " +
    "result to report, not an error in this toolkit.",
    "",
    `${statusCounts(findings.length, counts)}.`,
    "",
    ...FINDING_STATUSES.map((s) => `- **${s}**: ${STATUS_MEANINGS[s]}`),
  ];
  for (const seed of [...new Set(findings.map((f) => f.source.seed))]) {
    const group = findings.filter((f) => f.source.seed === seed);
    out.push("", `## ${seed}`, "", row(COLUMNS), row(COLUMNS.map(() => "---")));
    out.push(...group.map((f) => row(cells(f))));
    out.push("", ...group.map((f) => `- **${f.id}**: ${escape(details(f))}`));
  }
  return out.join("\n") + "\n";
}

function details(f: Finding): string {
  const result = resultText(f);
  return [
    result === null ? null : `${result[0].toUpperCase()}${result.slice(1)}.`,
    f.note,
    ...f.checks.map((c) => `Consistency (${c.name}): ${c.passed ? "passed" : "failed"}; ${c.text}`),
  ].filter((s) => s !== null).join(" ");
}

function cells(f: Finding): string[] {
  return [
    statusCell(f),
    f.id,
    f.claim,
    String(f.source.line),
    ...figureCells(f),
  ];
}

function row(values: readonly string[]): string {
  return `| ${values.map(escape).join(" | ")} |`;
}

function escape(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ");
}
