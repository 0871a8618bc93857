import type { Finding } from "./finding.ts";
import { figureCells, statusCell } from "./_format.ts";

const HEADER = ["STATUS", "ID", "LINE", "STATED", "COMPUTED", "DIFFERENCE", "TOLERANCE"];
const RIGHT = new Set([2, 3, 4, 5, 6]);

/**
 * Formats findings as a plain-text table for the terminal: one row per finding, grouped under
 * its source document, with the figures in their units (`£435,000`, `26.49%`, `5 years`), the
 * share a coverage finding covers (`coverage 95.2%`) and a bounded finding's range in place of
 * the computed figure; then every consistency test, passed or failed. Claims and notes are left
 * to the Markdown report ({@linkcode findingsMarkdown}).
 *
 * @param findings The findings.
 * @returns The table, lines joined by `\n`, without a final newline.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatFindingsTable, runFindings } from "./mod.ts";
 * const table = formatFindingsTable(await runFindings());
 * assert.match(table, /discrepancy\s+framework-csp-spend\s+81\s+£639,675\s+£639,676\s+\+£1\s+±£0.5/);
 * ```
 */
export function formatFindingsTable(findings: readonly Finding[]): string {
  const rows = findings.map((f) => [
    statusCell(f),
    f.id,
    String(f.source.line),
    ...figureCells(f),
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    "  " + cells.map((c, i) => RIGHT.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))
      .join("  ").trimEnd();
  const out: string[] = [];
  let seed: string | null = null;
  findings.forEach((f, i) => {
    if (f.source.seed !== seed) {
      seed = f.source.seed;
      out.push(...(out.length === 0 ? [] : [""]), seed, line(HEADER));
    }
    out.push(line(rows[i]));
  });
  const checks = findings.flatMap((f) =>
    f.checks.map((c) => `  ${c.passed ? "passed" : "FAILED"}  ${f.id} (${c.name}): ${c.text}`)
  );
  if (checks.length > 0) out.push("", "Consistency tests", ...checks);
  return out.join("\n");
}
