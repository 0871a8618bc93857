// Private to lib/ingest: markdown pipe tables (`| Year | Spend |` over `|---|---:|`). Rows above
// the separator are the header; without a separator the rows must start and end with a pipe.
import type { TextLine } from "./_lines.ts";
import {
  type RawCell,
  type RawTable,
  rectangular,
  tablesInRuns,
  trimmedCell,
} from "./_raw_table.ts";

const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCED = /^\s*\|.*\|\s*$/;

function isPipeRow(text: string): boolean {
  return /(?<!\\)\|/.test(text);
}

/** The pipe tables among lines not yet taken, marking their lines taken. */
export function readPipeTables(lines: readonly TextLine[], taken: boolean[]): RawTable[] {
  return tablesInRuns(lines, taken, { isRow: isPipeRow, build: pipeTable });
}

function pipeTable(lines: readonly TextLine[], block: number[]): RawTable | null {
  const separator = block.findIndex((k) => SEPARATOR.test(lines[k].text));
  const fenced = block.every((k) => FENCED.test(lines[k].text));
  if (block.length >= 2 && separator < 0 && !fenced) return brokenTable(lines, block);
  if (block.length < 2 || (separator < 0 && !fenced)) return null;
  const rowLines = block.filter((_, n) => n !== separator);
  const rows = rowLines.map((k) => splitCells(lines[k], separator >= 0 && k < block[separator]));
  return {
    format: "markdown",
    rows: rectangular(rows),
    headerRows: separator >= 0 ? separator : null,
    lines: block.map((k) => lines[k].line),
  };
}

/**
 * A pipe table a conversion broke into one cell per line: each line opens with a pipe, and the
 * last cell of a row closes it ("| Service", "| 2022/23", "| 2023/24 |"). Every row must have
 * the same number of cells, two or more.
 */
function brokenTable(lines: readonly TextLine[], block: number[]): RawTable | null {
  if (!block.every((k) => /^\s*\|/.test(lines[k].text))) return null;
  const rows: RawCell[][] = [[]];
  for (const k of block) {
    const { text, line } = lines[k];
    const open = text.indexOf("|");
    const closes = /\|\s*$/.test(text.slice(open + 1));
    const body = closes ? text.slice(open + 1, text.lastIndexOf("|")) : text.slice(open + 1);
    rows.at(-1)!.push(trimmedCell(line, body, open + 1));
    if (closes) rows.push([]);
  }
  if (rows.at(-1)!.length === 0) rows.pop();
  const width = rows[0].length;
  if (rows.length < 2 || width < 2 || rows.some((row) => row.length !== width)) return null;
  return {
    format: "markdown",
    rows,
    lines: block.map((k) => lines[k].line),
  };
}

function splitCells(line: TextLine, header: boolean): RawCell[] {
  const text = line.text;
  const bounds = [...text.matchAll(/(?<!\\)\|/g)].map((m) => m.index);
  const first = text.trimStart().startsWith("|") ? 1 : 0;
  const last = text.trimEnd().endsWith("|") ? bounds.length - 1 : bounds.length;
  const edges = [
    first ? bounds[0] : -1,
    ...bounds.slice(first, last),
    last < bounds.length ? bounds[last] : text.length,
  ];
  const cells: RawCell[] = [];
  for (let n = 0; n + 1 < edges.length; n++) {
    const part = text.slice(edges[n] + 1, edges[n + 1]);
    const cell = trimmedCell(line.line, part, edges[n] + 1);
    const clean = cell.text.replace(/^(\*\*|__)(.*)\1$/, "$2").replaceAll("\\|", "|");
    cells.push({ ...cell, text: clean, header });
  }
  return cells;
}
