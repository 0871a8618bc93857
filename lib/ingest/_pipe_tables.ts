// Private to lib/ingest: markdown pipe tables (`| Year | Spend |` over `|---|---:|`). Rows above
// the separator are the header; without a separator the rows must start and end with a pipe.
import type { TextLine } from "./_lines.ts";
import { type RawCell, type RawTable, rectangular, tablesInRuns } from "./_raw_table.ts";

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
  if (block.length < 2 || (separator < 0 && !fenced)) return null;
  const rowLines = block.filter((_, n) => n !== separator);
  const rows = rowLines.map((k) => splitCells(lines[k], separator >= 0 && k < block[separator]));
  return {
    format: "markdown",
    rows: rectangular(rows),
    headerRows: separator >= 0 ? separator : null,
    caption: null,
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
    const lead = part.length - part.trimStart().length;
    const start = edges[n] + 1 + lead;
    const clean = part.trim().replace(/^(\*\*|__)(.*)\1$/, "$2").replaceAll("\\|", "|");
    cells.push({
      text: clean,
      line: line.line,
      start,
      end: start + part.trim().length,
      header,
      spanned: false,
    });
  }
  return cells;
}
