// Private to lib/ingest: a PDF page's text items (what PDF.js's getTextContent() gives: a string
// and where it is drawn) laid out as lines of text, top to bottom, with a table's columns
// rebuilt from where its cells sit. PDF.js gives positions, not lines or tables, and no package
// we could find rebuilds columns from them, so this is our own.
//
// - Items whose baselines are within half a font size of each other are one line.
// - On a line, a gap of at least GAP_EM font sizes between two items separates two cells.
// - Consecutive lines of two or more cells are a table: its columns are the spans of x that
//   the cells of its rows cover (overlapping spans merged), and each row is written with one
//   tab-separated cell per column, empty where a row has nothing in a column. A line of one
//   cell between two such lines is a row too (its other cells empty) when it fits the columns.
//   A block whose rows do not fit one set of columns keeps each row's own cells.
// - A vertical gap of more than 1.8 line heights is a paragraph break: a blank line, which
//   the reader of the text needs and the person counting lines on the page does not see.

/** A piece of text drawn on a page: its string, its left edge, baseline, width and font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** One line of a page's text, or a blank line marking a paragraph break (`line` null). */
export interface PdfLine {
  text: string;
  /** The line's number on its page, counting the lines of text a reader sees; null for a break. */
  line: number | null;
}

/** The gap between two items, in font sizes, that separates two cells of a table. */
const GAP_EM = 1;

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

/** The lines of one page, top to bottom. */
export function pdfLines(items: readonly PdfItem[]): PdfLine[] {
  const rows = groupRows(items.filter((item) => item.str.trim() !== ""));
  const cells = rows.map((row) => splitCells(row.items));
  const texts = layOutTables(cells);
  const out: PdfLine[] = [];
  rows.forEach((row, i) => {
    if (i > 0) {
      const gap = rows[i - 1].y - row.y;
      if (gap > 1.8 * Math.max(row.size, rows[i - 1].size)) out.push({ text: "", line: null });
    }
    out.push({ text: texts[i], line: i + 1 });
  });
  return out;
}

interface Row {
  y: number;
  size: number;
  items: PdfItem[];
}

function groupRows(items: readonly PdfItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const last = rows.at(-1);
    if (last !== undefined && Math.abs(last.y - item.y) <= 0.5 * Math.max(last.size, item.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else {
      rows.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

function splitCells(items: readonly PdfItem[]): Cell[] {
  const cells: Cell[] = [];
  for (const item of items) {
    const last = cells.at(-1);
    const gap = last === undefined ? Infinity : item.x - last.x1;
    if (last !== undefined && gap < GAP_EM * item.size) {
      const space = gap > 0.15 * item.size && !/\s$/.test(last.text) && !/^\s/.test(item.str);
      last.text += (space ? " " : "") + item.str;
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else {
      cells.push({ text: item.str, x0: item.x, x1: item.x + item.width });
    }
  }
  for (const cell of cells) cell.text = cell.text.replace(/\s+/g, " ").trim();
  return cells;
}

function layOutTables(rows: readonly Cell[][]): string[] {
  const texts = rows.map((cells) => cells.map((c) => c.text).join("\t"));
  for (let start = 0; start < rows.length;) {
    if (rows[start].length < 2) {
      start++;
      continue;
    }
    // A line of one cell between two rows (a label whose figures are all blank) is a row too,
    // when it fits the columns; if the block does not fit with it, it ends the block as before.
    let end = start;
    while (
      end + 1 < rows.length &&
      (rows[end + 1].length >= 2 || (rows[end + 1].length === 1 && rows[end + 2]?.length >= 2))
    ) end++;
    if (!layOut(rows, start, end, texts)) {
      end = start;
      while (end + 1 < rows.length && rows[end + 1].length >= 2) end++;
      layOut(rows, start, end, texts);
    }
    start = end + 1;
  }
  return texts;
}

// Writes the rows start..end in one set of columns; false (writing nothing) when they do not fit.
function layOut(rows: readonly Cell[][], start: number, end: number, texts: string[]): boolean {
  const block = rows.slice(start, end + 1);
  const columns = columnSpans(block);
  const placed = block.map((cells) => place(cells, columns));
  if (placed.some((row) => row === null)) return false;
  placed.forEach((row, i) => (texts[start + i] = row!.join("\t")));
  return true;
}

function columnSpans(block: readonly Cell[][]): { x0: number; x1: number }[] {
  const spans = block.flat().map((c) => ({ x0: c.x0, x1: c.x1 })).sort((a, b) => a.x0 - b.x0);
  const merged: { x0: number; x1: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && span.x0 <= last.x1) last.x1 = Math.max(last.x1, span.x1);
    else merged.push({ ...span });
  }
  return merged;
}

// A row's cells in their columns; null when two cells fall in one column.
function place(cells: readonly Cell[], columns: readonly { x0: number; x1: number }[]) {
  const out: string[] = columns.map(() => "");
  for (const cell of cells) {
    const at = columns.findIndex((c) => cell.x0 >= c.x0 && cell.x0 <= c.x1);
    if (at === -1 || out[at] !== "") return null;
    out[at] = cell.text;
  }
  return out;
}
