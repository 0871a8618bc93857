import { type FigureReconciliation, reconcileFigure } from "../analysis/reconcile_figure.ts";
import { plural } from "../format/plural.ts";
import { indexFigures, type TotalParts, totalParts } from "./_total_parts.ts";
import type { IngestFigure, IngestResult } from "./types.ts";

/** One part of a stated total, as found in the document: `line` and `start` say which figure. */
export type TotalCheckPart = Pick<
  IngestFigure,
  "line" | "start" | "label" | "value" | "missing_reason"
>;

/**
 * Whether one stated total reconciles with its parts: the total as found (its document, line,
 * start, label, role and unit; `stated` is its value), the figures it should be the sum of, and
 * `reconcileFigure()`'s comparison (`computed` their sum, null when not computable).
 */
export interface TotalCheck
  extends
    Pick<IngestFigure, "source" | "line" | "start" | "label" | "role" | "unit">,
    Pick<FigureReconciliation, "stated" | "computed" | "difference" | "tolerance" | "status"> {
  /** The figures it should be the sum of. */
  parts: TotalCheckPart[];
  /** How the parts were chosen, the tolerance, and why not computable when so. */
  note: string;
}

/**
 * Checks every total a document states against the parts stated beside it: total rows against
 * the rows above them, grand totals against the sub-totals, a row's total column against the
 * row's other figures (a year against its quarters), and a list's "Total" entry against the list.
 * The comparison is `reconcileFigure()` from the analysis library: exact for table figures, to the
 * precision written for prose and approximate figures. A part whose cell is empty is a missing
 * part, never 0: the total is `reproduced` only when the other parts make it (the empty cells
 * are then left out, and the note says so), else `not-computable`, never a `discrepancy`; a part
 * withheld or not held makes it not computable.
 *
 * @param result What {@linkcode ingest} read from the document.
 * @returns One check per stated total, in document order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkTotals, ingest } from "./mod.ts";
 *
 * const text = "Year\tReferrals\n2021/22\t352\n2022/23\t510\nTotal\t862\n";
 * const [check] = checkTotals(ingest(text));
 * assert.equal(check.status, "reproduced");
 * assert.equal(check.computed, 352 + 510);
 * ```
 */
export function checkTotals(result: IngestResult): TotalCheck[] {
  const index = indexFigures(result);
  return result.figures.filter((f) => f.role !== "observation").map((total) => {
    const chosen = totalParts(index, total);
    const first = reconcile(total, chosen);
    const wider = chosen.wider ? reconcile(total, chosen.wider) : null;
    const use = first.status !== "reproduced" && wider?.status === "reproduced"
      ? { parts: chosen.wider!, outcome: wider }
      : { parts: chosen, outcome: first };
    return describe(total, use.parts, use.outcome);
  });
}

function reconcile(total: IngestFigure, chosen: TotalParts): FigureReconciliation {
  const precision = total.kind === "table" && !total.approximate ? "exact" : "rounded";
  if (chosen.parts.length === 0) {
    const reason = "no parts were found beside it";
    return reconcileFigure({
      stated: total.value,
      computed: null,
      reason,
      precision,
      unit: total.unit,
    });
  }
  return reconcileFigure({
    stated: total.value,
    parts: chosen.parts,
    omitMissing: "empty-cells",
    precision,
    unit: total.unit,
  });
}

function describe(
  total: IngestFigure,
  chosen: TotalParts,
  outcome: FigureReconciliation,
): TotalCheck {
  const n = outcome.omitted;
  const left = n === 0
    ? null
    : `${plural(n, "part")} ${n === 1 ? "is an empty cell" : "are empty cells"}, left out: ` +
      "the others make the total.";
  const note = [`Sum of ${chosen.note}.`, left, outcome.toleranceReason, outcome.reason]
    .filter((text) => text).join(" ");
  return {
    source: total.source,
    line: total.line,
    start: total.start,
    label: total.label,
    role: total.role,
    unit: total.unit,
    stated: total.value,
    parts: chosen.parts.map(({ line, start, label, value, missing_reason }) => ({
      line,
      start,
      label,
      value,
      missing_reason,
    })),
    computed: outcome.computed,
    difference: outcome.difference,
    tolerance: outcome.tolerance,
    status: outcome.status,
    note,
  };
}
