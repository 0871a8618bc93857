import { type Finding, FINDING_STATUSES, type FindingStatus, type FindingUnit } from "./finding.ts";
import { formatValue } from "../format/format_value.ts";
import { MISSING_MARK } from "../format/missing.ts";
import { formatFigure } from "./format_figure.ts";

/** A finding's four figures for a table: stated, computed, difference and tolerance. */
export function figureCells(f: Finding): string[] {
  return [
    formatFigure(f.stated, f.unit),
    formatFigure(f.computed, f.unit),
    formatFigure(f.difference, f.unit, { signed: true, delta: true }),
    f.tolerance === null ? MISSING_MARK : `±${formatFigure(f.tolerance, f.unit, { delta: true })}`,
  ];
}

/** A step of a unit in words, for a tolerance's reason: `£1,000`, `1 percentage point`. */
export function formatStep(step: number, unit: FindingUnit): string {
  // As a figure; only percentages read differently, in words, to every decimal the step has.
  if (unit !== "percent") return formatFigure(step, unit);
  const points = formatValue(step, "number");
  return `${points} percentage ${step === 1 ? "point" : "points"}`;
}

/** How many findings there are of each status: `31 findings: 23 reproduced, 6 discrepancy, …`. */
export function statusCounts(total: number, counts: Record<FindingStatus, number>): string {
  return `${total} findings: ${FINDING_STATUSES.map((s) => `${counts[s]} ${s}`).join(", ")}`;
}
