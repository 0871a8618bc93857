// Private to lib/ingest: which figures a stated total adds up, read from the layout alone.
//
// - A total row ("TOTAL", "Sub-totals") sums the observation rows above it in its column, back
//   to the previous total or section title; a total with sub-totals in that stretch sums them.
// - A grand total sums the sub-totals above it: those in its own column, or, when one sub-total
//   row spreads over several columns (FOI 0017/24, line 48), that row's cells.
// - A total in an observation row (a "Total" column, or the year beside its quarters) sums the
//   other figures of its row in the same unit.
// - A list entry "Total – £x" sums the list entries in the same unit on the lines above it.
import type { IngestFigure, IngestResult } from "./types.ts";

/** The parts of a stated total, and how they were chosen. */
export interface TotalParts {
  parts: IngestFigure[];
  note: string;
  /** Another reading, tried when the first does not reconcile: across section titles. */
  wider?: TotalParts;
}

/** The parts of one stated total. */
export function totalParts(result: IngestResult, total: IngestFigure): TotalParts {
  if (total.table === null) return listParts(result, total);
  const table = result.tables[total.table];
  const cells = result.figures.filter((f) => f.table === total.table && f.unit === total.unit);
  const rowRole = table.rows[total.row!].role;
  if (rowRole === "observation") {
    const parts = cells.filter((f) => f.row === total.row && f.role === "observation");
    return { parts, note: "the other figures in its row" };
  }
  const column = cells.filter((f) => f.column === total.column && f.row! < total.row!);
  if (total.role === "grand_total") return grandParts(cells, column, total);
  const roles = table.rows.slice(0, total.row!).map((r) => r.role);
  const ends = (role: string) =>
    role === "total" || role === "grand_total" ||
    (total.role === "subtotal" && role === "subtotal");
  const boundary = lastIndex(roles, (role) => role === "section" || ends(role));
  const main = stretchParts(column, boundary, total);
  if (boundary < 0 || roles[boundary] !== "section") return main;
  return { ...main, wider: stretchParts(column, lastIndex(roles, ends), total) };
}

function stretchParts(column: IngestFigure[], boundary: number, total: IngestFigure): TotalParts {
  const stretch = column.filter((f) => f.row! > boundary);
  const subtotals = stretch.filter((f) => f.role === "subtotal");
  if (total.role === "total" && subtotals.length > 0) {
    return { parts: subtotals, note: "the sub-totals above it in its column" };
  }
  const where = boundary < 0 ? "above it" : "since the previous total or section title";
  return {
    parts: stretch.filter((f) => f.role === "observation"),
    note: `the rows ${where} in its column`,
  };
}

function grandParts(
  cells: IngestFigure[],
  column: IngestFigure[],
  total: IngestFigure,
): TotalParts {
  const subtotals = column.filter((f) => f.role === "subtotal");
  if (subtotals.length >= 2) {
    return { parts: subtotals, note: "the sub-totals above it in its column" };
  }
  const rows = [
    ...new Set(cells.filter((f) => f.role === "subtotal" && f.row! < total.row!).map((f) => f.row)),
  ];
  if (rows.length === 1) {
    return {
      parts: cells.filter((f) => f.row === rows[0]),
      note: "the cells of the sub-totals row",
    };
  }
  return {
    parts: column.filter((f) => f.role === "observation"),
    note: "the rows above it in its column",
  };
}

function listParts(result: IngestResult, total: IngestFigure): TotalParts {
  const parts: IngestFigure[] = [];
  let line = total.line - 1;
  for (let blanks = 0; line > 0 && blanks <= 1; line--) {
    const entry = result.figures.find((f) =>
      f.line === line && f.table === null && f.kind === "list"
    );
    if (entry === undefined) {
      blanks++;
      continue;
    }
    if (entry.unit !== total.unit || entry.role !== "observation") break;
    parts.unshift(entry);
    blanks = 0;
  }
  return { parts, note: "the list entries above it" };
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
