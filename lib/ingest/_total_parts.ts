// Private to lib/ingest: which figures a stated total adds up, read from the layout alone.
//
// - A total row ("TOTAL", "Sub-totals") sums the observation rows above it in its column, back
//   to the previous total or section title; a total with sub-totals in that stretch sums them.
// - A grand total sums the sub-totals above it (back to the grand total before it, if any):
//   those in its own column, or, when one sub-total row spreads over several columns (FOI
//   0017/24, line 48), that row's cells.
// - A total in an observation row (a "Total" column, or the year beside its quarters) sums the
//   other figures of its row in the same unit.
// - A list entry "Total – £x" sums the list entries in the same unit on the lines above it.
import type { IngestFigure, IngestResult } from "./types.ts";
import { countBefore } from "./_halving.ts";

/** The parts of a stated total, and how they were chosen. */
export interface TotalParts {
  parts: IngestFigure[];
  note: string;
  /** Another reading, tried when the first does not reconcile: across section titles. */
  wider?: TotalParts;
}

/** A table's figures in one unit, grouped: each list in row order. */
interface Cells {
  byColumn: Map<number, IngestFigure[]>;
  byRow: Map<number, IngestFigure[]>;
  subtotals: IngestFigure[];
}

/** A result's figures grouped once, so each total's parts are found without a pass over all. */
export interface FigureIndex {
  result: IngestResult;
  tables: Map<string, Cells>;
  /** The first list entry on each line. */
  entries: Map<number, IngestFigure>;
  /** Every figure by where it starts ("line:start"). */
  at: Map<string, IngestFigure>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups a result's figures for {@linkcode totalParts}. */
export function indexFigures(result: IngestResult): FigureIndex {
  const tables = new Map<string, Cells>();
  const entries = new Map<number, IngestFigure>();
  const at = new Map<string, IngestFigure>();
  for (const f of result.figures) {
    if (!at.has(`${f.line}:${f.start}`)) at.set(`${f.line}:${f.start}`, f);
    if (f.table === null) {
      if (f.kind === "list" && !entries.has(f.line)) entries.set(f.line, f);
      continue;
    }
    const key = `${f.table} ${f.unit}`;
    let cells = tables.get(key);
    if (cells === undefined) {
      cells = { byColumn: new Map(), byRow: new Map(), subtotals: [] };
      tables.set(key, cells);
    }
    push(cells.byColumn, f.column!, f);
    push(cells.byRow, f.row!, f);
    if (f.role === "subtotal") cells.subtotals.push(f);
  }
  // A cell a rowspan copies down keeps its line, so document order may not be row order.
  const byRow = (a: IngestFigure, b: IngestFigure) => a.row! - b.row! || a.column! - b.column!;
  for (const cells of tables.values()) {
    for (const list of cells.byColumn.values()) list.sort(byRow);
    cells.subtotals.sort(byRow);
  }
  return { result, tables, entries, at };
}

// How many figures of a list (in row order) lie in rows before `row`.
function before(list: readonly IngestFigure[], row: number): number {
  return countBefore(list.length, (i) => list[i].row! < row);
}

/** The parts of one stated total. */
export function totalParts(index: FigureIndex, total: IngestFigure): TotalParts {
  if (total.parts !== null) {
    const parts = total.parts.flatMap((p) => index.at.get(`${p.line}:${p.start}`) ?? []);
    return { parts, note: "the parts its sentence names" };
  }
  if (total.table === null) return listParts(index, total);
  const table = index.result.tables[total.table];
  const cells = index.tables.get(`${total.table} ${total.unit}`)!;
  const row = total.row!;
  if (table.rows[row].role === "observation") {
    const parts = cells.byRow.get(row)!.filter((f) => f.role === "observation");
    return { parts, note: "the other figures in its row" };
  }
  const inColumn = cells.byColumn.get(total.column!)!;
  if (total.role === "grand_total") {
    // A grand total sums what lies after the grand total before it, if there is one.
    const previous = lastIndex(table.rows, row, (r) => r.role === "grand_total");
    const column = inColumn.slice(before(inColumn, previous + 1), before(inColumn, row));
    return grandParts(cells, column, { previous, total });
  }
  const column = inColumn.slice(0, before(inColumn, row));
  const ends = (role: string) =>
    role === "total" || role === "grand_total" ||
    (total.role === "subtotal" && role === "subtotal");
  const boundary = lastIndex(table.rows, row, (r) => r.role === "section" || ends(r.role));
  const main = stretchParts(column, boundary, total);
  if (boundary < 0 || table.rows[boundary].role !== "section") return main;
  return {
    ...main,
    wider: stretchParts(column, lastIndex(table.rows, row, (r) => ends(r.role)), total),
  };
}

function stretchParts(column: IngestFigure[], boundary: number, total: IngestFigure): TotalParts {
  const stretch = column.slice(before(column, boundary + 1));
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
  cells: Cells,
  column: IngestFigure[],
  { previous, total }: { previous: number; total: IngestFigure },
): TotalParts {
  const subtotals = column.filter((f) => f.role === "subtotal");
  if (subtotals.length >= 2) {
    return { parts: subtotals, note: "the sub-totals above it in its column" };
  }
  const earlier = cells.subtotals.slice(
    before(cells.subtotals, previous + 1),
    before(cells.subtotals, total.row!),
  );
  if (earlier.length > 0 && earlier[0].row === earlier.at(-1)!.row) {
    return {
      parts: cells.byRow.get(earlier[0].row!)!,
      note: "the cells of the sub-totals row",
    };
  }
  return {
    parts: column.filter((f) => f.role === "observation"),
    note: "the rows above it in its column",
  };
}

function listParts(index: FigureIndex, total: IngestFigure): TotalParts {
  const parts: IngestFigure[] = [];
  let line = total.line - 1;
  for (let blanks = 0; line > 0 && blanks <= 1; line--) {
    const entry = index.entries.get(line);
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

// The last index before `end` whose item passes the test, else -1.
function lastIndex<T>(items: readonly T[], end: number, test: (item: T) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
