// Private to lib/scale: reading a referral CSV straight into columns. One pass over the text;
// a line without quotes is cut at its commas, one with quotes goes through a small RFC 4180
// reader (a cell may be quoted but may not span lines). Text cells are coded as they are read,
// so each distinct label is checked once and a million rows hold one byte per text cell.
import * as aq from "arquero";
import { CodedColumn, codesFor } from "./_coded_column.ts";
import { labelProblem, numberProblem, readDecimal } from "./_check_value.ts";
import { type Place, problem } from "./_problem.ts";
import { REFERRAL_SCHEMA, type ReferralColumn } from "./referral_schema.ts";
import { checkHeader } from "./_check_header.ts";

/** Reads CSV text of a referral extract into a table, or throws naming the first bad cell. */
export function readReferralCsv(text: string, file: string): aq.ColumnTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.indexOf("\n");
  const header = cells(lineAt(body, 0, end), { file, line: 1 });
  const schema = checkHeader(header, file);
  const rows = countLines(body, end);
  const readers = header.map((name) => reader(schema.get(name) ?? null, rows));
  let at = end < 0 ? body.length : end + 1;
  for (let row = 0; row < rows; row++) {
    const next = body.indexOf("\n", at);
    const line = lineAt(body, at, next);
    const place = { file, line: row + 2, row: row + 1 };
    const values = line.includes('"') ? cells(line, place) : line.split(",");
    if (values.length !== header.length) {
      throw new SyntaxError(
        problem(place, `has ${values.length} cells; the header has ${header.length}`),
      );
    }
    for (let j = 0; j < values.length; j++) readers[j].read(values[j], row, place, header[j]);
    at = next < 0 ? body.length : next + 1;
  }
  const columns: Record<string, unknown> = {};
  for (const column of REFERRAL_SCHEMA) {
    columns[column.name] = readers[header.indexOf(column.name)].done();
  }
  header.forEach((name, j) => {
    if (!schema.has(name)) columns[name] = readers[j].done();
  });
  return aq.table(columns);
}

function lineAt(text: string, from: number, to: number): string {
  const line = text.slice(from, to < 0 ? text.length : to);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// Data lines after the header, not counting a final empty line.
function countLines(text: string, headerEnd: number): number {
  if (headerEnd < 0) return 0;
  let n = 0;
  let at = headerEnd + 1;
  while (at < text.length) {
    n++;
    const next = text.indexOf("\n", at);
    if (next < 0) break;
    at = next + 1;
  }
  return n;
}

interface Reader {
  read(cell: string, row: number, place: Place, name: string): void;
  done(): unknown;
}

function reader(column: ReferralColumn | null, rows: number): Reader {
  if (column !== null && column.kind !== "category") return numberReader(column, rows);
  const codes = new Int32Array(rows);
  const seen = new Map<string, number>();
  const values: string[] = [];
  return {
    read(cell, row, place, name) {
      let code = seen.get(cell);
      if (code === undefined) {
        const why = column === null ? null : labelProblem(column, cell);
        if (why !== null) throw new RangeError(problem({ ...place, column: name }, why, cell));
        seen.set(cell, code = values.push(cell) - 1);
      }
      codes[row] = code;
    },
    done() {
      const small = codesFor(values.length, rows);
      small.set(codes);
      return new CodedColumn(small, values);
    },
  };
}

function numberReader(column: ReferralColumn, rows: number): Reader {
  const out = new Array<number | null>(rows);
  return {
    read(cell, row, place, name) {
      if (cell === "") {
        out[row] = null;
        return;
      }
      const value = readDecimal(cell);
      if (Number.isNaN(value)) {
        throw new SyntaxError(problem({ ...place, column: name }, "is not a number", cell));
      }
      const why = numberProblem(column, value);
      if (why !== null) throw new RangeError(problem({ ...place, column: name }, why, cell));
      out[row] = value;
    },
    done: () => out,
  };
}

// The cells of one line with quotes: "" inside quotes is a quote.
function cells(line: string, place: Place): string[] {
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
      throw new SyntaxError(problem(place, `has a stray quote after ${JSON.stringify(cell)}`));
    } else cell += c;
  }
  if (quoted) {
    throw new SyntaxError(problem(place, "has a quoted cell that does not close on its line"));
  }
  out.push(cell);
  return out;
}
