// Private to lib/ingest: tab-separated tables, as word processors export them to text. A row is a
// line with tabs between its cells; one blank line inside a table is allowed when the rows on
// both sides have the same number of cells (the framework's Table 1 has one, line 177).
import type { TextLine } from "./_lines.ts";
import {
  looksNumeric,
  type RawCell,
  type RawTable,
  rectangular,
  trimmedCell,
} from "./_raw_table.ts";
import { findPeriods } from "./_find_periods.ts";

/** A line that is a row of a tab-separated table (not one cell on a line of its own). */
function isTsvRow(text: string): boolean {
  const tabs = text.split("\t").length - 1;
  return tabs >= 2 || (tabs === 1 && !text.startsWith("\t") && text.trim().includes("\t"));
}

/** The tab-separated tables among lines not yet taken, marking their lines taken. */
export function readTsvTables(lines: readonly TextLine[], taken: boolean[]): RawTable[] {
  const tables: RawTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken[i] || !isTsvRow(lines[i].text)) continue;
    const block = [i];
    let j = i + 1;
    while (j < lines.length && !taken[j]) {
      if (isTsvRow(lines[j].text) || sameWidth(lines[j].text, lines[block.at(-1)!].text)) {
        block.push(j++);
      } else if (bridges(lines, block.at(-1)!, j)) block.push(j + 1), j += 2;
      else break;
    }
    if (block.length >= 2) {
      block.forEach((k) => taken[k] = true);
      tables.push(tsvTable(lines, block));
    }
    i = block.at(-1)!;
  }
  return tables;
}

// A blank line is inside a table when a row of the same width follows it (a row of figures, or a
// section title: "Grants"), but not a row of periods without figures ("\t2022/23\t\t2023/24"),
// which heads another table.
function bridges(lines: readonly TextLine[], last: number, blank: number): boolean {
  const next = lines[blank + 1];
  if (lines[blank].text.trim() !== "" || next === undefined || !isTsvRow(next.text)) return false;
  const cells = next.text.split("\t");
  const heading = !cells.some((cell) => looksNumeric(cell)) &&
    cells.some((cell) => findPeriods(cell).length > 0);
  return width(next.text) === width(lines[last].text) && !heading;
}

// Inside a table, a label and a tab ("5 to 10\t") is a row whose last cell is empty, as a Word
// table with a blank cell reads; on its own it is a stray tab.
function sameWidth(text: string, row: string): boolean {
  return text.trim() !== "" && text.includes("\t") && width(text) === width(row);
}

function width(text: string): number {
  return text.split("\t").length;
}

function tsvTable(lines: readonly TextLine[], block: number[]): RawTable {
  const rows = block.map((k) => splitCells(lines[k]));
  return {
    format: "tsv",
    rows: rectangular(rows),
    lines: block.map((k) => lines[k].line),
  };
}

function splitCells(line: TextLine): RawCell[] {
  const cells: RawCell[] = [];
  let at = 0;
  for (const part of line.text.split("\t")) {
    cells.push(trimmedCell(line.line, part, at));
    at += part.length + 1;
  }
  return cells;
}
