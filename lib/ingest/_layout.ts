// Private to lib/ingest: splitting a document into its tables and its running text. Plain text
// and markdown are searched for pipe, tab-separated, one-cell-per-line, space-aligned,
// single-space and one-cell-per-paragraph tables, in that order (each claims its lines before
// the next looks); HTML gives its <table>s.
import { tokenizeHtml } from "./_html_tokens.ts";
import { readHtmlTables } from "./_html_tables.ts";
import { htmlTextLines } from "./_html_text.ts";
import { plainLines, type TextLine } from "./_lines.ts";
import { readPipeTables } from "./_pipe_tables.ts";
import { readTsvTables } from "./_tsv_tables.ts";
import { readCellLineTables } from "./_cell_line_tables.ts";
import { readAlignedTables } from "./_aligned_tables.ts";
import { readRowTables } from "./_row_tables.ts";
import { readParagraphTables } from "./_paragraph_tables.ts";
import type { RawTable } from "./_raw_table.ts";
import type { IngestMetadata } from "./types.ts";
import { countBefore } from "./_halving.ts";

/** The running text (with the lines tables took marked) and the tables. */
export interface Layout {
  lines: TextLine[];
  taken: boolean[];
  tables: RawTable[];
}

// "[^<>]" and "[ \t]" (not "[^>]" and "\s", which cross "<" and line ends): each tag or line is
// then tried once, so a text of many "<b " or blank lines is read in linear time.
const HTML_TAG =
  /<\s*\/?\s*(?:table|tr|td|th|p|div|br|html|body|li|ul|ol|h[1-6]|span|strong|em|b|i)\b[^<>]*>/gi;

/** Whether the text is HTML, markdown or plain text. */
export function detectFormat(text: string): IngestMetadata["format"] {
  if (/<!doctype\s+html|<html\b/i.test(text) || (text.match(HTML_TAG)?.length ?? 0) >= 3) {
    return "html";
  }
  if (/^[ \t]*\|.*\|[ \t\r]*$|^#{1,6}\s|\*\*[^*\n]+\*\*|^[ \t]*[-*]\s/m.test(text)) {
    return "markdown";
  }
  return "text";
}

/** The document's layout. */
export function layOut(text: string, format: IngestMetadata["format"], starts: number[]): Layout {
  if (format === "html") {
    const tokens = tokenizeHtml(text);
    const lines = htmlTextLines(tokens, starts);
    return { lines, taken: lines.map(() => false), tables: readHtmlTables(tokens, starts) };
  }
  const lines = plainLines(text);
  const taken = lines.map(() => false);
  const tables = [
    ...readPipeTables(lines, taken),
    ...readTsvTables(lines, taken),
    ...readCellLineTables(lines, taken),
    ...readAlignedTables(lines, taken),
    ...readRowTables(lines, taken),
    ...readParagraphTables(lines, taken),
  ].sort((a, b) => a.lines[0] - b.lines[0]);
  return { lines, taken, tables };
}

/** The short line just above a table (within two blank lines), as its caption; else null. */
export function captionAbove(layout: Layout, table: RawTable): string | null {
  const first = table.lines[0];
  // The last line above the table (lines are in order): found by halving, not by a scan per table.
  const index = countBefore(layout.lines.length, (i) => layout.lines[i].line < first) - 1;
  for (let i = index, blanks = 0; i >= 0 && blanks <= 2; i--) {
    const text = layout.lines[i].text.trim();
    if (text === "") {
      blanks++;
      continue;
    }
    if (layout.taken[i] || first - layout.lines[i].line > 4) return null;
    const short = text.length <= 120 && (!/[.?]$/.test(text) || /^table\b/i.test(text));
    return short && text.length > 1 ? text.replace(/\*\*/g, "").replace(/^#+\s*/, "") : null;
  }
  return null;
}
