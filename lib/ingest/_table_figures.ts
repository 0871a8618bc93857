// Private to lib/ingest: a raw table made tidy — header, typed columns, row roles — and one figure
// per cell of a money, count or percent column, with its label and period. An empty cell in an
// observation row is a figure too, missing ("Empty cell"): a part of a total whose value the
// document does not give, which makes the total not computable rather than one part short.
import type { RawCell, RawTable } from "./_raw_table.ts";
import { type CellReading, readCell } from "./_read_cell.ts";
import { columnNames, filledRight, headerRowCount } from "./_table_header.ts";
import { moneyUnit, typeColumn } from "./_column_type.ts";
import { headerPeriod, rowLabel, rowPeriod, rowRole } from "./_table_rows.ts";
import { cellFigure, readAs } from "./_cell_figure.ts";
import { cellPeriod, columnMeasures, informative, totalColumns } from "./_table_columns.ts";
import type { IngestFigure, IngestPeriod, IngestRow, IngestTable, IngestWarning } from "./types.ts";
import { emptySpan, widen } from "./_period.ts";

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
  // HTML says which cells span; in text, an empty header cell after a filled one is its span.
  const spans = raw.format === "html" ? header : filledRight(header);
  const names = columnNames(spans, width).map((name, c) =>
    name || (headerCount ? "" : `Column ${c + 1}`)
  );
  const first = body.map((row) => row.map((cell) => readCell(cell.text)));
  const roles = withEmptyRows(body.map((row, r) => rowRole(row, first[r])));
  const caption = raw.caption ?? context.caption;
  const observed = first.filter((_, r) => roles[r] === "observation");
  const unit = tableUnit(header);
  const typed = names.map((name, c) => {
    const column = typeColumn(name, observed.map((row) => row[c]), { index: c, caption, unit });
    const doubt = headerPeriod(name).warning;
    const warning = [column.warning, doubt].filter((w) => w !== null).join("; ") || null;
    return { ...column, warning };
  });
  const readings = body.map((row) => row.map((cell, c) => readAs(cell.text, typed[c])));
  const table: IngestTable = {
    index,
    format: raw.format,
    line: raw.lines.reduce((a, b) => Math.min(a, b)),
    end_line: raw.lines.reduce((a, b) => Math.max(a, b)),
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

// "£million" alone in a header cell (often the top left) declares the unit of the whole table.
function tableUnit(header: readonly RawCell[][]): string | null {
  for (const cell of header.flat()) {
    const bare = cell.text.replace(
      /[£()'’\s]|thousands?|millions?|billions?|\b(?:k|m|mn|b|bn)\b|1?,?000s?/gi,
      "",
    );
    if (cell.text.includes("£") && bare === "" && moneyUnit(cell.text).unit !== null) {
      return cell.text;
    }
  }
  return null;
}

// A row with only its label, after a row of figures and before another or a total, is a row
// whose figures are empty (a Word or PDF table with blank cells), not a section title: titles
// open a table or follow a total, and head rows. Read as a title, it would have the total below
// checked against fewer parts and its label put before the rows that follow.
function withEmptyRows(roles: IngestRow["role"][]): IngestRow["role"][] {
  return roles.map((role, r) =>
    role === "section" && roles[r - 1] === "observation" && r + 1 < roles.length &&
      roles[r + 1] !== "section"
      ? "observation"
      : role
  );
}

function withoutEmptyColumns(rows: RawCell[][]): RawCell[][] {
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => rows.some((row) => row[c].text !== ""));
  return rows.map((row) => row.filter((_, c) => keep[c]));
}

function figuresOf(
  table: IngestTable,
  readings: CellReading[][],
  context: TableContext,
): { figures: IngestFigure[]; warnings: IngestWarning[] } {
  const { columns, rows } = table;
  const headers = columns.map((col) => headerPeriod(col.name));
  const colPeriods = headers.map((h) => h.period);
  const rowPeriods = rows.map((_, r) => rowPeriod(readings[r], columns));
  const measures = columnMeasures(columns, colPeriods);
  const totals = totalColumns(columns, colPeriods);
  const caption = informative(context.caption);
  const out = { figures: [] as IngestFigure[], warnings: [] as IngestWarning[] };
  // A header read with a doubt (a unit it cannot read, a footnote digit glued to its year) is
  // reported once here, and on each of its figures.
  for (const column of columns) {
    if (column.warning === null) continue;
    out.warnings.push({
      source: context.source,
      line: table.line,
      text: column.name,
      message: column.warning,
    });
  }
  let section: string | null = null;
  // The periods of the observation rows above: all of them (what a grand total sums), and per
  // column those whose cell is filled (what a total sums there).
  const above = emptySpan();
  const aboveIn = columns.map(() => emptySpan());
  rows.forEach((row, r) => {
    if (row.role === "section") section = row.cells.find((c) => c.text)?.text ?? null;
    const label = [
      caption,
      section,
      rowLabel(row.cells.map(toRaw), readings[r], columns, row.role),
    ];
    const oddPeriods = periodWarnings(context.source, row, readings[r]);
    out.warnings.push(...oddPeriods);
    columns.forEach((column, c) => {
      if (column.unit === null) return;
      const role = row.role === "section"
        ? "observation"
        : totals.has(c) && row.role === "observation"
        ? "total"
        : row.role;
      // An empty cell is a missing observation, never dropped; an empty total or section title
      // cell states nothing, so it is no figure.
      const empty = readings[r][c].kind === "empty";
      if (empty && (role !== "observation" || row.role !== "observation")) return;
      const made = cellFigure(
        context.source,
        { table: table.index, row: r, column: c, cell: row.cells[c] },
        readings[r][c],
        {
          column,
          period: cellPeriod(
            colPeriods[c],
            rowPeriods[r],
            row.role === "grand_total" ? above : aboveIn[c],
            row.role,
            context,
          ),
          role,
          label: [...label, measures[c]].filter((part) => part).join(" — "),
          section: caption ?? section,
        },
      );
      if (made.figure) out.figures.push(withWarnings(made.figure, oddPeriods));
      if (made.warning) out.warnings.push(made.warning);
    });
    if (row.role !== "observation") return;
    widen(above, rowPeriods[r]);
    columns.forEach((_, c) => {
      if (readings[r][c].kind !== "empty") widen(aboveIn[c], rowPeriods[r]);
    });
  });
  return out;
}

function toRaw(cell: IngestRow["cells"][number]): RawCell {
  return { ...cell, header: false, spanned: false };
}

// A row's year read with a doubt ("2021/221") dates every figure in the row: they carry the doubt.
function periodWarnings(source: string, row: IngestRow, readings: CellReading[]): IngestWarning[] {
  return readings.flatMap((reading, c) =>
    reading.kind === "financial_year" && reading.warning
      ? [{ source, line: row.cells[c].line, text: row.cells[c].text, message: reading.warning }]
      : []
  );
}

function withWarnings(figure: IngestFigure, warnings: IngestWarning[]): IngestFigure {
  if (warnings.length === 0) return figure;
  const all = [figure.warning, ...warnings.map((w) => w.message)].filter((w) => w !== null);
  return { ...figure, warning: all.join("; ") };
}
