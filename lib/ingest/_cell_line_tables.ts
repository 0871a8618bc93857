// Private to lib/ingest: the one-cell-per-line layout (Leicester City Council's response, lines
// 25-207): each cell is a line starting with a tab (a tab alone is an empty cell), the cells of a
// row follow each other and rows are separated by blank lines. A table starts at a row of two or
// more text cells (its header) followed by a row holding a number. Prose lines may sit between
// rows: a note, or the rest of a cell that wrapped.
import type { TextLine } from "./_lines.ts";
import { bodyCell, looksNumeric, type RawCell, type RawTable, rectangular } from "./_raw_table.ts";

interface Group {
  cells: RawCell[];
  /** Indices into the lines array. */
  at: number[];
}

const CELL_LINE = /^\t[^\t]*$/;
// Years may head columns (2021, 2022) without making the row a row of figures.
const YEAR = /^(?:19|20)\d\d$/;
// Most prose lines a gap between two rows of one table may hold (notes), and most lines.
const MAX_NOTES = 3;
const MAX_GAP = 10;

/** The one-cell-per-line tables among lines not yet taken, marking their lines taken. */
export function readCellLineTables(lines: readonly TextLine[], taken: boolean[]): RawTable[] {
  const groups = cellGroups(lines, taken);
  const tables: RawTable[] = [];
  for (let g = 0; g < groups.length; g++) {
    if (!isHeader(groups[g]) || !hasNumber(groups[g + 1])) continue;
    const members = [groups[g]];
    while (
      g + 1 < groups.length && connected(lines, taken, members.at(-1)!, groups[g + 1]) &&
      !(isHeader(groups[g + 1]) && hasNumber(groups[g + 2]))
    ) members.push(groups[++g]);
    tables.push(buildTable(lines, taken, members));
  }
  return tables;
}

function cellGroups(lines: readonly TextLine[], taken: boolean[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  lines.forEach((line, i) => {
    if (!taken[i] && CELL_LINE.test(line.text)) {
      current ??= { cells: [], at: [] };
      const text = line.text.slice(1).trim();
      const start = line.text.indexOf(text, 1);
      current.cells.push(bodyCell(line.line, text, start));
      current.at.push(i);
    } else if (current) {
      groups.push(current);
      current = null;
    }
  });
  if (current) groups.push(current);
  return groups;
}

function isHeader(group: Group | undefined): boolean {
  return group !== undefined && group.cells.length >= 2 &&
    group.cells.every((cell) => !looksNumeric(cell.text) || YEAR.test(cell.text)) &&
    group.cells.some((cell) => cell.text !== "");
}

function hasNumber(group: Group | undefined): boolean {
  return group !== undefined && group.cells.some((cell) => looksNumeric(cell.text));
}

function connected(lines: readonly TextLine[], taken: boolean[], a: Group, b: Group): boolean {
  const from = a.at.at(-1)! + 1;
  const to = b.at[0];
  let notes = 0;
  for (let i = from; i < to; i++) if (!taken[i] && lines[i].text.trim() !== "") notes++;
  return to - from <= MAX_GAP && notes <= MAX_NOTES;
}

function buildTable(lines: readonly TextLine[], taken: boolean[], members: Group[]): RawTable {
  const [header, ...body] = members;
  const width = header.cells.length;
  const rows: RawCell[][] = [header.cells];
  const used = [...header.at];
  let previous = header.at.at(-1)!;
  for (const group of body) {
    const last = rows.at(-1)!;
    if (rows.length > 1) continueCell(lines, taken, last, [previous + 1, group.at[0]], used);
    previous = group.at.at(-1)!;
    if (rows.length > 1 && last.length < width && group.cells.length === 1 && !hasNumber(group)) {
      last.push(group.cells[0]);
    } else {
      for (const row of splitWide(group.cells, width)) rows.push(row);
    }
    for (const at of group.at) used.push(at);
  }
  used.forEach((i) => taken[i] = true);
  return {
    format: "cell-lines",
    rows: rectangular(rows),
    headerRows: 1,
    lines: used.map((i) => lines[i].line).sort((a, b) => a - b),
  };
}

// A prose line between two rows finishes the last cell of the row above when that cell ends
// on a connective ("… providers of the") or the line opens with "(" ("(16/17 yr. olds)").
function continueCell(
  lines: readonly TextLine[],
  taken: boolean[],
  row: RawCell[],
  [from, to]: [number, number],
  used: number[],
): void {
  for (let i = from; i < to; i++) {
    const text = lines[i].text.trim();
    const cell = row.at(-1)!;
    if (text === "" || taken[i] || CELL_LINE.test(lines[i].text)) continue;
    if (!/\b(?:of|the|and|for|to|by|in|from|with)$/i.test(cell.text) && !text.startsWith("(")) {
      continue;
    }
    row[row.length - 1] = { ...cell, text: `${cell.text} ${text}` };
    used.push(i);
  }
}

// A group holding several rows with no blank line between them is cut into rows of the header's
// width, when it divides evenly.
function splitWide(cells: RawCell[], width: number): RawCell[][] {
  if (cells.length <= width || cells.length % width !== 0) return [cells];
  return Array.from(
    { length: cells.length / width },
    (_, r) => cells.slice(r * width, (r + 1) * width),
  );
}
