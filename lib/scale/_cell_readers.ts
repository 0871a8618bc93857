// Private to lib/scale: reading one CSV column's cells into codes (text) or numbers, checking
// each as it goes. `readAt` reads a cell in place in the file's text: a text cell is compared
// with the few labels its column has seen, a number is read from its digits.
import { CodedColumn, codesFor } from "./_coded_column.ts";
import { labelProblem, numberProblem, readDecimal } from "./_check_value.ts";
import type { ReferralColumn } from "./referral_schema.ts";

/** Reads one column's cells. */
export interface Reader {
  /** Reads the cell `text[from, to)` of row `row`. */
  readAt(text: string, from: number, to: number, row: number): void;
  /** Reads a cell already cut out (a quoted line's). */
  read(cell: string, row: number): void;
  done(): unknown;
}

/** Throws the error for a bad cell of row `row`. */
export type Fail = (row: number, why: string, cell: string, kind?: ErrorConstructor) => never;

/** A text column: codes into its labels, each label checked once. */
export function textReader(column: ReferralColumn | null, rows: number, fail: Fail): Reader {
  const codes = new Int32Array(rows);
  const seen = new Map<string, number>();
  const values: string[] = [];
  const read = (cell: string, row: number) => {
    let code = seen.get(cell);
    if (code === undefined) {
      const why = column === null ? null : labelProblem(column, cell);
      if (why !== null) fail(row, why, cell);
      seen.set(cell, code = values.push(cell) - 1);
    }
    codes[row] = code;
  };
  return {
    read,
    readAt(text, from, to, row) {
      const length = to - from;
      // Few labels: compare in place. Many (an identifier column): hash a copy.
      if (values.length <= 32) {
        for (let k = 0; k < values.length; k++) {
          if (values[k].length === length && text.startsWith(values[k], from)) {
            codes[row] = k;
            return;
          }
        }
      }
      read(text.slice(from, to), row);
    },
    done() {
      const small = codesFor(values.length, rows);
      small.set(codes);
      return new CodedColumn(small, values);
    },
  };
}

const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** A number column: null for an empty cell, else checked against the column's range. */
export function numberReader(column: ReferralColumn, rows: number, fail: Fail): Reader {
  const out = new Array<number | null>(rows).fill(null);
  const store = (value: number, cell: () => string, row: number) => {
    const why = numberProblem(column, value);
    if (why !== null) fail(row, why, cell());
    out[row] = value;
  };
  const read = (cell: string, row: number) => {
    if (cell === "") return;
    const value = readDecimal(cell);
    if (Number.isNaN(value)) fail(row, "is not a number", cell, SyntaxError);
    store(value, () => cell, row);
  };
  return {
    read,
    readAt(text, from, to, row) {
      if (from === to) return;
      // Digits read in place; a mantissa of up to 15 digits divided by a power of ten is the
      // correctly rounded double, the same as Number() of the text.
      const negative = text.charCodeAt(from) === 45;
      let mantissa = 0;
      let digits = 0;
      let decimals = -1;
      for (let i = negative ? from + 1 : from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          mantissa = mantissa * 10 + c - 48;
          digits++;
          if (decimals >= 0) decimals++;
        } else if (c === 46 && decimals < 0) decimals = 0;
        else return read(text.slice(from, to), row);
      }
      if (digits === 0 || digits > 15) return read(text.slice(from, to), row);
      const magnitude = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
      store(negative ? -magnitude : magnitude, () => text.slice(from, to), row);
    },
    done: () => out,
  };
}
