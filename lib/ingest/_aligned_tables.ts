// Private to lib/ingest: tables whose columns are lined up with spaces, as in a PDF converted to
// text. Columns are the runs of text separated, on every body line, by two or more spaces; header
// lines above the first row of figures are split at double spaces and each piece goes to the
// column it overlaps most, so a header may wrap over several lines.
import type { TextLine } from "./_lines.ts";
import {
  bodyCell,
  looksNumeric,
  type RawCell,
  type RawTable,
  tablesInRuns,
  trimmedCell,
} from "./_raw_table.ts";
import { countBefore } from "./_halving.ts";

const GAP = /\S {2,}\S/;

interface Field {
  text: string;
  start: number;
  end: number;
}

/**
 * The space-aligned tables among lines not yet taken, marking their lines taken. A line of words
 * alone between two rows ("Violence Advisers" under "Independent Sexual   410   455") is the
 * rest of a row label that wrapped.
 */
export function readAlignedTables(lines: readonly TextLine[], taken: boolean[]): RawTable[] {
  return tablesInRuns(lines, taken, { isRow: isCandidate, joins: isWrap, build: alignedTable });
}

// Words only, no figure, at the left edge, with a row of the table on the next line.
function isWrap(lines: readonly TextLine[], at: number, taken: boolean[]): boolean {
  const text = lines[at].text;
  const next = lines[at + 1];
  return text.trim() !== "" && !/\d/.test(text) && !GAP.test(text.trimEnd()) &&
    /^\S/.test(text) && next !== undefined && !taken[at + 1] && isCandidate(next.text);
}

function isCandidate(text: string): boolean {
  return !text.includes("\t") && GAP.test(text.trimEnd());
}

function fields(text: string): Field[] {
  return [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function alignedTable(lines: readonly TextLine[], block: number[]): RawTable | null {
  const wraps = new Set(block.filter((k) => !isCandidate(lines[k].text)));
  const firstBody = block.findIndex((k) => fields(lines[k].text).some((f) => looksNumeric(f.text)));
  const body = block.slice(firstBody).filter((k) => !wraps.has(k));
  if (firstBody < 0 || body.length < 2) return null;
  const columns = columnRanges(body.map((k) => lines[k].text));
  if (columns.length < 2) return null;
  const rows: RawCell[][] = [];
  for (const k of block.slice(firstBody)) {
    if (!wraps.has(k)) rows.push(sliceRow(lines[k], columns));
    else if (rows.length > 0) rows[rows.length - 1][0] = joined(rows.at(-1)![0], lines[k].text);
  }
  const numericRows = rows.filter((row) => row.some((cell) => looksNumeric(cell.text))).length;
  if (rows.some((row) => row.filter((c) => c.text !== "").length < 2)) return null;
  if (numericRows * 2 < rows.length) return null;
  const header = block.slice(0, firstBody).filter((k) => !wraps.has(k))
    .map((k) => headerRow(lines[k], columns));
  return {
    format: "aligned",
    rows: [...header, ...rows],
    headerRows: header.length,
    lines: block.map((k) => lines[k].line),
  };
}

// A position is a gap when every body line has a space there (or has ended); a column is a run
// of positions between gaps at least two wide, since one space is just a space between words.
function columnRanges(texts: string[]): [number, number][] {
  // One pass over each line's characters, not one over the lines per position.
  const width = texts.reduce((most, t) => Math.max(most, t.length), 0);
  const used: boolean[] = Array(width).fill(false);
  for (const t of texts) for (let p = 0; p < t.length; p++) if (t[p] !== " ") used[p] = true;
  const ranges: [number, number][] = [];
  for (let p = 0; p < width;) {
    if (!used[p]) {
      p++;
      continue;
    }
    let end = p + 1;
    while (end < width && (used[end] || used[end + 1] === true)) end++;
    ranges.push([p, end]);
    p = end;
  }
  return ranges;
}

// The row's first cell with the words that wrapped onto the next line after it.
function joined(cell: RawCell, more: string): RawCell {
  return { ...cell, text: `${cell.text} ${more.trim()}`.trim() };
}

function sliceRow(line: TextLine, columns: [number, number][]): RawCell[] {
  return columns.map(([from, to]) => trimmedCell(line.line, line.text.slice(from, to), from));
}

function headerRow(line: TextLine, columns: [number, number][]): RawCell[] {
  const cells = columns.map(([from]) => bodyCell(line.line, "", from, true));
  for (const field of fields(line.text)) {
    const c = bestColumn(field, columns);
    const cell = cells[c];
    cell.text = cell.text ? `${cell.text} ${field.text}` : field.text;
    if (cell.end === cell.start) cell.start = field.start;
    cell.end = field.end;
  }
  return cells;
}

// The column the field overlaps most (the nearest when it overlaps none). Columns are in order,
// so only those from the last one starting at or before the field are looked at.
function bestColumn(field: Field, columns: [number, number][]): number {
  const first = Math.max(0, countBefore(columns.length, (c) => columns[c][0] <= field.start) - 1);
  let best = first;
  let score = -Infinity;
  for (let c = Math.max(0, first - 1); c < columns.length; c++) {
    const [from, to] = columns[c];
    const overlap = Math.min(to, field.end) - Math.max(from, field.start);
    if (overlap > score) [best, score] = [c, overlap];
    if (from >= field.end) break;
  }
  return best;
}
