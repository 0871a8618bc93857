// Private to lib/scale: reading a referral CSV straight into columns, in one pass over the text
// with no string made per cell. A text cell is matched in place against the few labels its
// column has seen (startsWith at an offset), a number is read from its digits; only a new label,
// a bad cell or a line with quotes (through a small RFC 4180 reader: a cell may be quoted but may
// not span lines) becomes a string. A million rows hold one byte per text cell.
import { aq } from "../data/arquero.ts";
import { numberReader, type Reader, textReader } from "./_cell_readers.ts";
import { type Place, problem } from "./_problem.ts";
import { REFERRAL_SCHEMA, type ReferralColumn } from "./referral_schema.ts";
import { checkHeader } from "./_check_header.ts";

/** Reads CSV text of a referral extract into a table, or throws naming the first bad cell. */
export function readReferralCsv(text: string, file: string): aq.ColumnTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = body.indexOf("\n");
  const header = cells(lineAt(body, 0, headerEnd), { file, line: 1 });
  const schema = checkHeader(header, file);
  const rows = countLines(body, headerEnd);
  const readers = header.map((name) => reader(schema.get(name) ?? null, name, rows, file));
  let at = headerEnd < 0 ? body.length : headerEnd + 1;
  let quote = body.indexOf('"', at);
  for (let row = 0; row < rows; row++) {
    const next = body.indexOf("\n", at);
    let end = next < 0 ? body.length : next;
    if (end > at && body.charCodeAt(end - 1) === 13) end--;
    if (quote >= 0 && quote < at) quote = body.indexOf('"', at);
    if (quote >= 0 && quote < end) {
      const values = cells(body.slice(at, end), place(file, row));
      if (values.length !== header.length) wrongCount(file, row, values.length, header.length);
      for (let j = 0; j < values.length; j++) readers[j].read(values[j], row);
    } else {
      let from = at;
      const last = readers.length - 1;
      for (let j = 0; j < last; j++) {
        const to = body.indexOf(",", from);
        if (to < 0 || to >= end) wrongCount(file, row, j + 1, header.length);
        readers[j].readAt(body, from, to, row);
        from = to + 1;
      }
      const extra = body.indexOf(",", from);
      if (extra >= 0 && extra < end) {
        wrongCount(file, row, countCells(body, at, end), header.length);
      }
      readers[last].readAt(body, from, end, row);
    }
    at = next < 0 ? body.length : next + 1;
  }
  const columns: Record<string, unknown> = {};
  for (const c of REFERRAL_SCHEMA) columns[c.name] = readers[header.indexOf(c.name)].done();
  header.forEach((name, j) => {
    if (!schema.has(name)) columns[name] = readers[j].done();
  });
  return aq.table(columns);
}

function place(file: string, row: number): Place {
  return { file, line: row + 2, row: row + 1 };
}

function wrongCount(file: string, row: number, got: number, want: number): never {
  throw new SyntaxError(problem(place(file, row), `has ${got} cells; the header has ${want}`));
}

function countCells(text: string, from: number, to: number): number {
  let n = 1;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) n++;
  return n;
}

function lineAt(text: string, from: number, to: number): string {
  const line = text.slice(from, to < 0 ? text.length : to);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// Data lines after the header, not counting a final empty line.
function countLines(text: string, headerEnd: number): number {
  if (headerEnd < 0) return 0;
  let n = 0;
  for (let at = headerEnd + 1; at < text.length; n++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return n + 1;
    at = next + 1;
  }
  return n;
}

function reader(column: ReferralColumn | null, name: string, rows: number, file: string): Reader {
  const fail = (row: number, why: string, cell: string, kind = RangeError): never => {
    throw new kind(problem({ ...place(file, row), column: name }, why, cell));
  };
  return column !== null && column.kind !== "category"
    ? numberReader(column, rows, fail)
    : textReader(column, rows, fail);
}

// The cells of one line with quotes: "" inside quotes is a quote.
function cells(line: string, where: Place): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      out.push(cell);
      cell = "";
    } else if (c === '"') {
      throw new SyntaxError(problem(where, `has a stray quote after ${JSON.stringify(cell)}`));
    } else cell += c;
  }
  if (quoted) {
    throw new SyntaxError(problem(where, "has a quoted cell that does not close on its line"));
  }
  out.push(cell);
  return out;
}
