import { type Finding, FINDING_STATUSES, type FindingStatus } from "./finding.ts";
import { formatUnit } from "../format/format_unit.ts";
import { MISSING_MARK } from "../format/missing.ts";
import { formatFigure } from "./format_figure.ts";

/** A finding's four figures for a table: stated, computed (or its range), difference, tolerance. */
export function figureCells(f: Finding): string[] {
  return [
    formatFigure(f.stated, f.unit),
    f.bounds === null ? formatFigure(f.computed, f.unit) : rangeText(f),
    formatFigure(f.difference, f.unit, { signed: true, delta: true }),
    f.tolerance === null ? MISSING_MARK : `±${formatFigure(f.tolerance, f.unit, { delta: true })}`,
  ];
}

/** A finding's status for a table: the status, with the share covered for a coverage. */
export function statusCell(f: Finding): string {
  return f.status === "coverage" && f.coverage !== null
    ? `coverage ${formatUnit(f.coverage, "percent")}`
    : f.status;
}

/**
 * What a coverage or bounded finding found, in words: `covers 95.2% of the 356`, `between 1,171
 * and 2,153`; null for the other statuses, whose figures say it.
 */
export function resultText(f: Finding): string | null {
  if (f.status === "coverage" && f.coverage !== null && f.stated !== null) {
    return `covers ${formatUnit(f.coverage, "percent")} of the ${formatUnit(f.stated, f.unit)}`;
  }
  if (f.status === "bounded" && f.bounds !== null) return `between ${rangeText(f, " and ")}`;
  return null;
}

function rangeText(f: Finding, joint = " to "): string {
  const { low, high } = f.bounds!;
  return `${formatUnit(low, f.unit)}${joint}${formatUnit(high, f.unit)}`;
}

/** How many findings there are of each status: `31 findings: 23 reproduced, 6 discrepancy, …`. */
export function statusCounts(total: number, counts: Record<FindingStatus, number>): string {
  return `${total} findings: ${FINDING_STATUSES.map((s) => `${counts[s]} ${s}`).join(", ")}`;
}
