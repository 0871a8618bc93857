// Private to lib/ingest: reads the <table> elements of an HTML document into raw tables. Enough
// of HTML for FOI responses: <th> headers, <thead>/<tfoot>, <caption>, <br> inside cells, basic
// rowspan and colspan, nested tables read as tables of their own.
import type { HtmlToken, TagToken } from "./_html_tokens.ts";
import {
  bodyCell,
  cellFromOrigin,
  type RawCell,
  type RawTable,
  rectangular,
} from "./_raw_table.ts";
import { lineOf } from "./_lines.ts";

interface PendingCell {
  text: string;
  origin: number[];
  header: boolean;
  colspan: number;
  rowspan: number;
}

interface PendingTable {
  rows: { cells: PendingCell[]; header: boolean }[];
  row: PendingCell[] | null;
  rowHeader: boolean;
  cell: PendingCell | null;
  caption: { text: string; origin: number[] } | null;
  inCaption: boolean;
  inHead: boolean;
  start: number;
}

const CELL_BREAKS = new Set(["br", "p", "div", "li"]);

/** Every table in the token stream, innermost first when nested, with its source lines. */
export function readHtmlTables(tokens: readonly HtmlToken[], starts: number[]): RawTable[] {
  const stack: PendingTable[] = [];
  const tables: RawTable[] = [];
  for (const token of tokens) {
    const table = stack.at(-1);
    if (token.type === "text") {
      if (table?.cell) append(table.cell, token.text, token.origin);
      else if (table?.inCaption && table.caption) append(table.caption, token.text, token.origin);
      continue;
    }
    if (token.name === "table") {
      if (!token.closing) stack.push(newTable(token.start));
      else if (table) tables.push(finish(stack.pop()!, token.end, starts));
    } else if (table) {
      onTag(table, token);
    }
  }
  while (stack.length > 0) tables.push(finish(stack.pop()!, Infinity, starts));
  return tables.sort((a, b) => a.lines[0] - b.lines[0]);
}

function newTable(start: number): PendingTable {
  return {
    rows: [],
    row: null,
    rowHeader: false,
    cell: null,
    caption: null,
    inCaption: false,
    inHead: false,
    start,
  };
}

function onTag(table: PendingTable, tag: TagToken): void {
  const { name, closing } = tag;
  if (name === "caption") {
    table.inCaption = !closing;
    if (!closing) table.caption = { text: "", origin: [] };
  } else if (name === "thead") table.inHead = !closing;
  else if (name === "tr") closing ? endRow(table) : startRow(table);
  else if (name === "td" || name === "th") {
    endCell(table);
    if (!closing) startCell(table, tag);
  } else if (CELL_BREAKS.has(name) && table.cell) append(table.cell, "\n", [tag.start]);
}

function startRow(table: PendingTable): void {
  endRow(table);
  table.row = [];
  table.rowHeader = table.inHead;
}

function endRow(table: PendingTable): void {
  endCell(table);
  if (table.row && table.row.length > 0) {
    table.rows.push({ cells: table.row, header: table.rowHeader });
  }
  table.row = null;
}

function startCell(table: PendingTable, tag: TagToken): void {
  if (table.row === null) startRow(table);
  table.cell = {
    text: "",
    origin: [],
    header: tag.name === "th" || table.inHead,
    colspan: span(tag.attrs.colspan),
    rowspan: span(tag.attrs.rowspan),
  };
}

function endCell(table: PendingTable): void {
  if (table.cell && table.row) table.row.push(table.cell);
  table.cell = null;
}

// Spans are clamped: a document's "colspan=1000" must not make a table a thousand columns wide.
function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 50) : 1;
}

function append(target: { text: string; origin: number[] }, text: string, origin: number[]) {
  target.text += text;
  for (const at of origin) target.origin.push(at);
}

function finish(table: PendingTable, end: number, starts: number[]): RawTable {
  endRow(table);
  const grid: RawCell[][] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const pending of row.cells) {
      while (grid[r]?.[c]) c++;
      const cell = cellFromOrigin(starts, pending.text, pending.origin, pending.header);
      for (let dr = 0; dr < pending.rowspan; dr++) {
        for (let dc = 0; dc < pending.colspan; dc++) {
          (grid[r + dr] ??= [])[c + dc] = dr || dc ? { ...cell, spanned: true } : cell;
        }
      }
      c += pending.colspan;
    }
  });
  const rows = rectangular(grid.map((row) => Array.from(row, (cell) => cell ?? blank(row))));
  const headerRows = leadingHeaderRows(rows, table.rows.map((row) => row.header));
  const first = lineOf(starts, table.start).line;
  const last = Number.isFinite(end) ? lineOf(starts, end - 1).line : starts.length;
  const caption = table.caption
    ? cellFromOrigin(starts, table.caption.text, table.caption.origin, false).text || null
    : null;
  const lines = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { format: "html", rows, headerRows, caption, lines };
}

function blank(row: RawCell[]): RawCell {
  const near = row.find((cell) => cell !== undefined);
  const line = near?.line ?? 0;
  return bodyCell(line, "", 0);
}

// Rows at the top made only of <th> cells (or inside <thead>) are the header. A <th> at the start
// of a body row is a row label, not a header row. Without <th> or <thead> the markup says nothing
// (null) and the header is told from the cells, as in text.
function leadingHeaderRows(rows: RawCell[][], inHead: boolean[]): number | null {
  let n = 0;
  while (
    n < rows.length &&
    (inHead[n] || rows[n].every((cell) => cell.header || cell.text === ""))
  ) n++;
  return n === 0 || n === rows.length ? null : n;
}
