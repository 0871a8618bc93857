// Private to lib/ingest: a raw table made tidy — header, typed columns, row roles — and one figure
// per cell of a money, count or percent column, with its label and period.
import type { RawCell, RawTable } from "./_raw_table.ts";
import { type CellReading, moneyCell, readCell } from "./_read_cell.ts";
import { columnNames, headerRowCount } from "./_table_header.ts";
import { typeColumn } from "./_column_type.ts";
import { headerPeriod, measureOf, rowLabel, rowPeriod, rowRole } from "./_table_rows.ts";
import { cellFigure, type CellPlace } from "./_cell_figure.ts";
import { combine, spanOf } from "./_period.ts";
import type {
  IngestColumn,
  IngestFigure,
  IngestPeriod,
  IngestRow,
  IngestTable,
  IngestWarning,
} from "./types.ts";

// A column headed "Total" holds each row's total of its other figures.
const TOTAL_COLUMN = /^(?:grand\s+|overall\s+)?totals?\b|\btotals?$/i;

/** What surrounds a table: its document, caption, and the periods of its context and document. */
export interface TableContext {
  source: string;
  caption: string | null;
  context: IngestPeriod | null;
  document: IngestPeriod | null;
}

/** A table read, with its figures and warnings. */
export interface BuiltTable {
  table: IngestTable;
  figures: IngestFigure[];
  warnings: IngestWarning[];
}

/** Reads the header, types and roles of a raw table and makes its figures. */
export function buildTable(raw: RawTable, index: number, context: TableContext): BuiltTable {
  const grid = withoutEmptyColumns(raw.rows);
  const headerCount = raw.headerRows ?? headerRowCount(grid);
  const header = grid.slice(0, headerCount);
  const body = grid.slice(headerCount).filter((row) => row.some((cell) => cell.text !== ""));
  const width = grid[0]?.length ?? 0;
  const names = columnNames(header, width).map((name, c) =>
    name || (headerCount ? "" : `Column ${c + 1}`)
  );
  const first = body.map((row) => row.map((cell) => readCell(cell.text)));
  const roles = body.map((row, r) => rowRole(row, first[r]));
  const typed = names.map((name, c) =>
    typeColumn(name, first.filter((_, r) => roles[r] === "observation").map((row) => row[c]), c)
  );
  const readings = body.map((row) => row.map((cell, c) => readAs(cell, typed[c])));
  const caption = raw.caption ?? context.caption;
  const table: IngestTable = {
    index,
    format: raw.format,
    line: Math.min(...raw.lines),
    end_line: Math.max(...raw.lines),
    caption,
    header: header.map((row) => row.map((cell) => cell.text)),
    columns: typed,
    rows: body.map((row, r): IngestRow => ({
      line: row.find((c) => c.text)?.line ?? row[0].line,
      role: roles[r],
      cells: row.map(({ text, line, start, end }) => ({ text, line, start, end })),
    })),
  };
  return { table, ...figuresOf(table, readings, { ...context, caption }) };
}

function withoutEmptyColumns(rows: RawCell[][]): RawCell[][] {
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => rows.some((row) => row[c].text !== ""));
  return rows.map((row) => row.filter((_, c) => keep[c]));
}

// Reads a cell again knowing its column: "500,000" under "24/25 Spend" is money, "435" under
// "(£000)" is £435,000.
function readAs(cell: RawCell, column: IngestColumn): CellReading {
  const reading = readCell(cell.text);
  if (
    column.type === "money" &&
    (reading.kind === "count" || reading.kind === "number" || reading.kind === "year" ||
      reading.kind === "money")
  ) {
    return moneyCell(cell.text, column.scale);
  }
  if (column.type === "count" && reading.kind === "year") {
    return {
      kind: "count",
      value: reading.year,
      scale: 1,
      approximate: false,
      bound: null,
      warning: null,
    };
  }
  if (column.type === "percent" && (reading.kind === "count" || reading.kind === "number")) {
    return {
      kind: "percent",
      value: reading.value,
      scale: 1,
      approximate: false,
      bound: null,
      warning: null,
    };
  }
  return reading;
}

function figuresOf(
  table: IngestTable,
  readings: CellReading[][],
  context: TableContext,
): { figures: IngestFigure[]; warnings: IngestWarning[] } {
  const { columns, rows } = table;
  const colPeriods = columns.map((col) => headerPeriod(col.name));
  const rowPeriods = rows.map((_, r) => rowPeriod(readings[r], columns));
  const measures = borrowMeasures(columns, colPeriods);
  const totalColumn = quarterTotalColumn(columns, colPeriods);
  const figures: IngestFigure[] = [];
  const warnings: IngestWarning[] = [];
  let section: string | null = null;
  rows.forEach((row, r) => {
    if (row.role === "section") section = row.cells.find((c) => c.text)?.text ?? null;
    const label = rowLabel(row.cells.map(toRaw), readings[r], columns, row.role);
    columns.forEach((column, c) => {
      if (column.unit === null || readings[r][c].kind === "empty") return;
      const place: CellPlace = { table: table.index, row: r, column: c, cell: row.cells[c] };
      const summed = rowPeriods.map((p, k) =>
        k < r && rows[k].role === "observation" &&
          (row.role === "grand_total" || readings[k][c].kind !== "empty")
          ? p
          : null
      );
      const period = cellPeriod(colPeriods[c], rowPeriods[r], summed, row.role, context);
      const totalHere = c === totalColumn || TOTAL_COLUMN.test(column.name);
      const role = totalHere && row.role === "observation"
        ? "total"
        : row.role === "section"
        ? "observation"
        : row.role;
      const caption = informative(context.caption);
      const text = [caption, section, label, measures[c]].filter((part) => part).join(" — ");
      const made = cellFigure(context.source, place, readings[r][c], {
        column,
        period,
        role,
        label: text,
        section: caption ?? section,
      });
      if (made.figure) figures.push(made.figure);
      if (made.warning) warnings.push(made.warning);
    });
  });
  return { figures, warnings };
}

function toRaw(cell: IngestRow["cells"][number]): RawCell {
  return { ...cell, header: false, spanned: false };
}

// A total's period spans the rows it sums (the Victim First contract's sub-totals, FOI 0017/24
// line 48, cover 2024-25 to 2026-27 and 2027-28 to 2028-29).
function cellPeriod(
  column: IngestPeriod | null,
  own: IngestPeriod | null,
  summed: (IngestPeriod | null)[],
  role: IngestRow["role"],
  context: TableContext,
): IngestPeriod {
  if (column && own) return { ...combine(column, own), basis: "stated" };
  if (column ?? own) return { ...(column ?? own)!, basis: "stated" };
  if (role !== "observation" && role !== "section") {
    const span = spanOf(summed.filter((p) => p !== null), "context");
    if (span) return span;
  }
  if (context.context) return { ...context.context, basis: "context" };
  if (context.document) return { ...context.document, basis: "document" };
  return {
    financial_year: null,
    quarter: null,
    start: null,
    end: null,
    per_annum: false,
    text: null,
    basis: null,
  };
}

// A column headed only by a period ("Q1") measures what the nearest column to its left measures.
function borrowMeasures(
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

// Columns Q1…Q4 beside one other column of the same unit with no period: that column is the
// year's total of the quarters (FOI 0004-24, line 78: "Number of victims…", Q1, Q2, Q3, Q4).
function quarterTotalColumn(
  columns: readonly IngestColumn[],
  periods: (IngestPeriod | null)[],
): number | null {
  const quarters = columns.map((_, c) => c).filter((c) => periods[c]?.quarter && columns[c].unit);
  if (quarters.length < 2) return null;
  const unit = columns[quarters[0]].unit;
  const others = columns.map((_, c) => c)
    .filter((c) => c < quarters[0] && columns[c].unit === unit && periods[c] === null);
  return others.length === 1 ? others[0] : null;
}

function informative(caption: string | null): string | null {
  if (caption === null || /^table\s*\d*\s*[:.]?$/i.test(caption.trim())) return null;
  return caption.replace(/\s*[:–—-]\s*$/, "").replace(/^table\s*\d+\s*[:.–—-]\s*/i, "").trim() ||
    null;
}
