// CSV for the tidy datasets, through deno-std's reader and writer (RFC 4180). Arquero's own CSV
// reader infers types, would turn a financial year or a code into a number or a date, and says
// nothing of a bad quote; datasets are typed by their schemas instead, so cells are read as text.
// A dataset's record is one line (its cells hold no line break: the schemas refuse control
// characters), so the file is read line by line and every problem names its line.
import { parseCsvRecords, stringifyCsv } from "../deps.ts";

/** One line of a CSV file: its cells, or why it cannot be read. */
export type CsvLine =
  | { line: number; cells: string[]; error?: undefined }
  | { line: number; cells?: undefined; error: string };

/**
 * Reads CSV text line by line (LF or CRLF line ends; a final line end is optional). A blank line,
 * or a line whose quotes do not close on it, is an error at that line; the reading goes on.
 */
export function* csvLines(text: string): Generator<CsvLine> {
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    const content = text.slice(start, text[stop - 1] === "\r" ? stop - 1 : stop);
    start = stop + 1;
    if (content === "") {
      yield { line, error: "Blank line" };
      continue;
    }
    if (content.startsWith("\ufeff")) {
      // deno-std would drop it silently; inside a file it means two files were joined.
      yield { line, error: "A byte-order mark (U+FEFF) starts the line" };
      continue;
    }
    try {
      yield { line, cells: parseCsvRecords(content)[0] };
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      // deno-std names the fault after its position ("bare \" in non-quoted-field").
      const fault = error.message.slice(error.message.lastIndexOf(": ") + 2);
      yield { line, error: `Cannot read the line as CSV: ${fault} (a cell may not span lines)` };
    }
  }
}

/** Writes text cells as CSV: LF line ends, a final newline, quotes only where needed. */
export function formatCsv(header: readonly string[], rows: readonly string[][]): string {
  // The writer ends lines with CRLF; no cell holds a line break (the schemas refuse them), so
  // every CRLF is a line end, and data/ keeps LF as it always has.
  return stringifyCsv([header, ...rows], { headers: false }).replaceAll("\r\n", "\n");
}
