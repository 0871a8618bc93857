// A small RFC 4180 reader and writer. Arquero's own CSV reader infers types, which would turn a
// financial year or a code into a number or a date; datasets are typed by their schemas instead,
// so cells are read as text and every record keeps the file line it starts on for error messages.
import { quoteCsvCell } from "./quote_csv_cell.ts";

/** The cells of a CSV file as text, with the file line each record starts on. */
export interface CsvText {
  header: string[];
  rows: string[][];
  /** `lines[i]` is the 1-based file line on which `rows[i]` starts. */
  lines: number[];
}

/** Reads CSV text (comma, double-quote escaping, LF or CRLF line ends) into text cells. */
export function parseCsv(text: string, file: string): CsvText {
  const records: string[][] = [];
  const starts: number[] = [];
  let record: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== "") {
        throw new SyntaxError(
          `Cannot read CSV "${file}": stray quote on line ${line} after "${cell}"`,
        );
      }
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      record.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(cell);
      records.push(record);
      starts.push(recordLine);
      record = [];
      cell = "";
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
    i++;
  }
  if (quoted) {
    throw new SyntaxError(
      `Cannot read CSV "${file}": quoted cell opened on line ${quoteLine} never closes`,
    );
  }
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
    starts.push(recordLine);
  }
  if (records.length === 0) {
    throw new SyntaxError(`Cannot read CSV "${file}": the file is empty, with no header row`);
  }
  const [header, ...rows] = records;
  return { header, rows, lines: starts.slice(1) };
}

/** Writes text cells as CSV: LF line ends, a final newline, quotes only where needed. */
export function formatCsv(header: readonly string[], rows: readonly string[][]): string {
  const out = [header.map(quoteCsvCell).join(",")];
  for (const row of rows) out.push(row.map(quoteCsvCell).join(","));
  return out.join("\n") + "\n";
}
