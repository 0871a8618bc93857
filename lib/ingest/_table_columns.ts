// Private to lib/ingest: what a table's columns add to each figure — the period a header names,
// the measure it names, which column holds each row's total — and a figure's period.
import { measureOf } from "./_table_rows.ts";
import { combine, NO_PERIOD, type Span, spanPeriod } from "./_period.ts";
import type { IngestColumn, IngestPeriod, IngestRow } from "./types.ts";

// A column headed "Total" holds each row's total of its other figures.
const TOTAL_COLUMN = /^(?:grand\s+|overall\s+)?totals?\b|\btotals?$/i;

/** The periods around a table: its caption's or heading's, and the document's. */
export interface AroundPeriods {
  context: IngestPeriod | null;
  document: IngestPeriod | null;
}

/**
 * A cell's period: its column's and row's together; for a total, the span of the rows it sums
 * (the Victim First contract's sub-totals, FOI 0017/24 line 48, cover 2024-25 to 2026-27 and
 * 2027-28 to 2028-29); else the caption's, else the document's.
 */
export function cellPeriod(
  column: IngestPeriod | null,
  own: IngestPeriod | null,
  summed: Span,
  role: IngestRow["role"],
  around: AroundPeriods,
): IngestPeriod {
  const stated = column && own ? combine(column, own) : column ?? own;
  if (stated) {
    // "Q1" heading a column under a caption (or in a document) that names the year.
    const year = around.context ?? around.document;
    const dated = stated.quarter && !stated.financial_year && year?.financial_year
      ? combine(stated, year)
      : stated;
    return { ...dated, basis: "stated" };
  }
  if (role !== "observation" && role !== "section") {
    const span = spanPeriod(summed, "context");
    if (span) return span;
  }
  if (around.context) return { ...around.context, basis: "context" };
  if (around.document) return { ...around.document, basis: "document" };
  return NO_PERIOD;
}

/** What each column measures; one headed only by a period ("Q1") borrows from its left. */
export function columnMeasures(
  columns: readonly IngestColumn[],
  periods: (IngestPeriod | null)[],
): string[] {
  const measures = columns.map((col) => measureOf(col.name));
  return measures.map((measure, c) => {
    if (measure !== "" || periods[c] === null) return measure;
    for (let k = c - 1; k >= 0; k--) {
      if (columns[k].unit === columns[c].unit && measures[k] !== "" && periods[k] === null) {
        return measures[k];
      }
    }
    return measure;
  });
}

/**
 * The columns holding each row's total: one headed "Total", or the one column beside Q1…Q4 in
 * their unit with no period of its own (FOI 0004-24, line 78: "Number of victims…", Q1…Q4).
 */
export function totalColumns(
  columns: readonly IngestColumn[],
  periods: (IngestPeriod | null)[],
): Set<number> {
  const totals = new Set(
    columns.flatMap((col, c) => col.unit && TOTAL_COLUMN.test(col.name) ? [c] : []),
  );
  const quarters = columns.map((_, c) => c).filter((c) => periods[c]?.quarter && columns[c].unit);
  if (quarters.length < 2) return totals;
  const unit = columns[quarters[0]].unit;
  const others = columns.map((_, c) => c)
    .filter((c) => c < quarters[0] && columns[c].unit === unit && periods[c] === null);
  if (others.length === 1) totals.add(others[0]);
  return totals;
}

const UNINFORMATIVE = /^(?:table\s*\d*|answers?|responses?|reply|you asked|see below)\s*[:.–—-]?$/i;

/** A caption worth putting in labels: not a bare "Table 1:" or "Answer:". */
export function informative(caption: string | null): string | null {
  if (caption === null || UNINFORMATIVE.test(caption.trim())) return null;
  const text = caption.replace(/\s*\((?:£|%)[^)]*\)/g, "").replace(/\s*[:–—-]\s*$/, "")
    .replace(/^table\s*\d+\s*[:.–—-]\s*/i, "");
  return text.trim() || null;
}
