// Private to lib/ingest: a table as a layout reader finds it, before headers, types and roles.
import type { IngestCell, TableFormat } from "./types.ts";
import { lineOf, type TextLine } from "./_lines.ts";

/** One cell as laid out, with where its text is in the source. */
export interface RawCell extends IngestCell {
  /** Marked as a header by the markup (`<th>`, or above a markdown separator). */
  header: boolean;
  /** A copy made by a rowspan or colspan, not a cell of its own. */
  spanned: boolean;
}

/** A table as found: rows of cells, rectangular. */
export interface RawTable {
  format: TableFormat;
  rows: RawCell[][];
  /** How many leading rows the markup says are headers; absent (or null) when it does not say. */
  headerRows?: number | null;
  /** A caption given by the markup; absent (or null) when it gives none. */
  caption?: string | null;
  /** The source lines the table occupies, so prose scanning skips them. */
  lines: number[];
}

/** A cell (a body cell unless `header`) whose text starts at column `start` of line `line`. */
export function bodyCell(line: number, text: string, start: number, header = false): RawCell {
  return { text, line, start, end: start + text.length, header, spanned: false };
}

/** A body cell from the piece of a line that begins at column `from`, its spaces trimmed. */
export function trimmedCell(line: number, part: string, from: number): RawCell {
  return bodyCell(line, part.trim(), from + part.length - part.trimStart().length);
}

/**
 * The tables among runs of consecutive lines, not yet taken, that `isRow` accepts (or `joins`
 * lets in: a line that is no row but belongs to the run, as a row label that wrapped): `build`
 * makes a table of a run or refuses it (null), and the lines of each table are marked taken.
 */
export function tablesInRuns(
  lines: readonly TextLine[],
  taken: boolean[],
  reader: {
    isRow: (text: string) => boolean;
    joins?: (lines: readonly TextLine[], at: number, taken: boolean[]) => boolean;
    build: (lines: readonly TextLine[], block: number[]) => RawTable | null;
  },
): RawTable[] {
  const tables: RawTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken[i] || !reader.isRow(lines[i].text)) continue;
    let j = i;
    while (
      j < lines.length && !taken[j] &&
      (reader.isRow(lines[j].text) || reader.joins?.(lines, j, taken) === true)
    ) j++;
    const block = Array.from({ length: j - i }, (_, k) => i + k);
    const table = reader.build(lines, block);
    if (table) {
      block.forEach((k) => taken[k] = true);
      tables.push(table);
    }
    i = j - 1;
  }
  return tables;
}

/** Pads every row with empty cells to the width of the widest. */
export function rectangular(rows: RawCell[][]): RawCell[][] {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return rows.map((row) => {
    const last = row.at(-1);
    const pad = Array.from(
      { length: width - row.length },
      () => bodyCell(last?.line ?? 0, "", last?.end ?? 0),
    );
    return [...row, ...pad];
  });
}

/**
 * A cell from text whose characters have known source offsets: whitespace runs become one space,
 * the ends are trimmed, and the span is that of the trimmed text.
 */
export function cellFromOrigin(
  starts: readonly number[],
  text: string,
  origin: readonly number[],
  header: boolean,
): RawCell {
  const chars: string[] = [];
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (space && (chars.length === 0 || chars[chars.length - 1] === " ")) continue;
    chars.push(space ? " " : text[i]);
    kept.push(origin[i]);
  }
  if (chars[chars.length - 1] === " ") {
    chars.pop();
    kept.pop();
  }
  const out = chars.join("");
  if (kept.length === 0) {
    const at = lineOf(starts, origin[0] ?? 0);
    return bodyCell(at.line, "", at.col, header);
  }
  const first = lineOf(starts, kept[0]);
  const end = first.col + kept[kept.length - 1] + 1 - kept[0];
  return { text: out, line: first.line, start: first.col, end, header, spanned: false };
}

const NUMERIC =
  /^(?:[<>~]|c£|£|fewer than\s|c\.?\s?)?\s*£?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn)?$|^(?:\*|\[[cx]\])$/i;

/** True when a cell holds a number (or a suppression marker), for telling rows from headers. */
export function looksNumeric(text: string): boolean {
  return NUMERIC.test(text.trim());
}
