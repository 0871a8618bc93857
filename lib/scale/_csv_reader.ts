// Private to lib/scale: reading a referral CSV in batches of rows, straight from its bytes.
//
// Hand-written, not a CSV package (std's csv, papaparse, Arquero's fromCSV), because those make
// a string for every cell before anything is checked: seven million strings for a million rows,
// which is most of why loading was slower than pandas. Here the file is read in 8 MiB chunks and
// parsed in place: a text cell is hashed as it is scanned and found among its column's labels by
// its bytes (_label_index.ts), a number is read from its digits, and only a new label, a line with
// quotes or a bad cell becomes a string. So a million rows load faster than pandas.read_csv (see
// `deno task bench`), and a file of any size converts in the memory of one batch.
//
// Every cell is still checked as before: a label once, when first met (UTF-8, then the schema's
// rules in _check_value.ts), a number in every cell. A cell may be quoted (RFC 4180: "" inside
// quotes is a quote) but may not span lines. Errors name the file, the line, the column and the
// value; a line is one row, so line = row + 1.
import { checkHeader } from "./_check_header.ts";
import { fileSize, openFile, readInto } from "./_file.ts";
import { labelProblem, MAX_DIGITS, numberProblem, readDecimal } from "./_check_value.ts";
import { codesFor } from "./_coded_column.ts";
import { FNV_OFFSET, FNV_PRIME, hashBytes, LabelIndex } from "./_label_index.ts";
import { type Place, problem } from "./_problem.ts";
import type { Batch, NumberPart, TextPart } from "./_batch.ts";

/** The bytes read at a time; also the longest line allowed. */
export const CHUNK = 8 * 2 ** 20;

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const MINUS = 45;
const DOT = 46;
// The bytes that end a run of plain cell text.
const STOP = new Uint8Array(256);
for (const byte of [COMMA, LF, CR, QUOTE]) STOP[byte] = 1;
const POWERS = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The rows of a referral CSV in batches of at most `batchRows` (`Infinity` for one batch), each
 * checked, each with arrays of its own; the label lists are shared and grow from batch to batch.
 */
export async function* readCsvBatches(
  path: string,
  batchRows: number,
): AsyncGenerator<Batch, void, undefined> {
  const size = fileSize(path);
  using file = openFile(path);
  // A small file fits whole, with room for a line end after its last line.
  let buffer = new Uint8Array(Math.min(CHUNK, size + 1));
  let filled = 0;
  let eof = false;
  // Reads more of the file after the bytes kept at the start; false at its end.
  const more = (): boolean => {
    if (filled === buffer.length) {
      const bigger = new Uint8Array(Math.min(CHUNK, buffer.length * 2));
      bigger.set(buffer);
      buffer = bigger; // a file that grew while being read
    }
    const n = readInto(file, buffer.subarray(filled), path);
    if (n === null) eof = true;
    else filled += n;
    return n !== null;
  };
  let lineEnd = -1;
  while (lineEnd < 0 && filled < CHUNK && more()) lineEnd = buffer.indexOf(LF);
  if (lineEnd < 0 && !eof) tooLong(path, 1);
  const start = headerStart(buffer.subarray(0, filled), path);
  const headerEnd = lineEnd < 0 ? filled : lineEnd;
  const reader = new CsvReader(path, buffer.subarray(0, filled), start, headerEnd, {
    batchRows,
    size,
  });
  let at = Math.min(headerEnd + 1, filled);
  for (;;) {
    // Parse every whole line in the buffer, yielding each full batch.
    const last = filled === 0 ? -1 : buffer.lastIndexOf(LF, filled - 1);
    while (at <= last) {
      at = reader.parse(buffer, at, last + 1);
      if (reader.full) yield reader.take();
    }
    if (at === filled && eof) break;
    if (eof) {
      // The last line has no line end: give it one.
      if (filled === buffer.length) {
        const bigger = new Uint8Array(filled + 1);
        bigger.set(buffer);
        buffer = bigger;
      }
      buffer[filled++] = LF;
      continue;
    }
    buffer.copyWithin(0, at, filled);
    filled -= at;
    at = 0;
    if (filled >= CHUNK) tooLong(path, reader.line);
    more();
  }
  if (reader.rowsRead === 0 && reader.rows === 0) {
    throw new RangeError(problem({ file: path }, "the file has a header but no rows"));
  }
  if (reader.rows > 0) yield reader.take();
}

function tooLong(path: string, line: number): never {
  throw new RangeError(
    problem({ file: path, line }, `is longer than ${CHUNK / 2 ** 20} MiB: is this a referral CSV?`),
  );
}

// Where the header starts: after a UTF-8 byte-order mark, which is dropped. A UTF-16 file is
// named as such rather than read as garbled column names.
function headerStart(head: Uint8Array, path: string): number {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 3;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new SyntaxError(problem({ file: path }, "the file is UTF-16 text; save it as UTF-8"));
  }
  return 0;
}

interface NumberState {
  part: NumberPart;
  min: number;
  max: number;
  integer: boolean;
}

interface TextState {
  part: TextPart;
  index: LabelIndex;
  labels: string[];
}

class CsvReader {
  readonly file: string;
  readonly names: string[];
  readonly #kinds: Uint8Array; // 0 text, 1 number
  readonly #texts: TextState[];
  readonly #numbers: NumberState[];
  readonly #batchRows: number;
  #capacity: number;
  #next: number; // the capacity of the next batch
  /** Rows in the batch being filled. */
  rows = 0;
  /** Rows of the file in the batches already taken. */
  rowsRead = 0;

  constructor(
    file: string,
    head: Uint8Array,
    from: number,
    to: number,
    { batchRows, size }: { batchRows: number; size: number },
  ) {
    this.file = file;
    const place = { file, line: 1 };
    const header = splitLine(head, from, to > from && head[to - 1] === CR ? to - 1 : to, place);
    this.names = header.map((cell) => decode(cell, place));
    const schema = checkHeader(this.names, file);
    this.#batchRows = batchRows;
    // The rows the file holds, judged from the lines of its first chunk, so a small file does not
    // get a batch sized for a large one; the batch grows if the guess was short.
    const sample = Math.min(head.length, to + 2 ** 16);
    const lines = countLines(head, to, sample);
    const guess = Math.ceil(size / Math.max(1, (sample - to) / Math.max(1, lines)) * 1.05);
    this.#capacity = Math.max(1, Math.min(batchRows, guess + 16));
    this.#next = this.#capacity;
    this.#kinds = new Uint8Array(this.names.length);
    this.#texts = [];
    this.#numbers = [];
    this.names.forEach((name, j) => {
      const column = schema.get(name) ?? null;
      if (column !== null && column.kind !== "category") {
        this.#kinds[j] = 1;
        this.#numbers[j] = {
          part: {
            kind: "number",
            name,
            column,
            values: new Float64Array(this.#capacity),
            nulls: 0,
          },
          min: column.min ?? -Infinity,
          max: column.max ?? Infinity,
          integer: column.kind === "integer",
        };
      } else {
        const labels: string[] = [];
        this.#texts[j] = {
          part: { kind: "text", name, column, codes: codesFor(1, this.#capacity), labels },
          index: new LabelIndex(),
          labels,
        };
      }
    });
  }

  /** The line of the file the next row is on. */
  get line(): number {
    return this.rowsRead + this.rows + 2;
  }

  /** Whether the batch is full. */
  get full(): boolean {
    return this.rows === this.#batchRows;
  }

  /** The batch so far; the next rows go into the same arrays. */
  take(): Batch {
    const columns = this.#kinds.reduce<(TextPart | NumberPart)[]>((out, kind, j) => {
      out.push(kind === 0 ? { ...this.#texts[j].part } : { ...this.#numbers[j].part });
      return out;
    }, []);
    const batch = { rows: this.rows, columns };
    this.rowsRead += this.rows;
    this.rows = 0;
    // The batch keeps its arrays; the next one gets new ones when its first row comes.
    this.#next = this.#capacity;
    this.#capacity = 0;
    for (const t of this.#texts) if (t !== undefined) t.part.codes = codesFor(1, 0);
    for (const n of this.#numbers) {
      if (n === undefined) continue;
      n.part.values = new Float64Array(0);
      n.part.nulls = 0;
    }
    return batch;
  }

  /**
   * Reads the lines of `bytes[at, end)` (which ends with a line feed) until the batch is full;
   * returns where it stopped. The hot loop of the loader.
   */
  parse(bytes: Uint8Array, at: number, end: number): number {
    const kinds = this.#kinds;
    const texts = this.#texts;
    const numbers = this.#numbers;
    const last = kinds.length - 1;
    const stop = Math.min(this.#batchRows, this.rows + (end - at)); // a line has a byte at least
    for (; at < end && this.rows < stop; this.rows++) {
      const row = this.rows;
      if (row === this.#capacity) this.#grow();
      const lineStart = at;
      for (let j = 0; j <= last; j++) {
        let i = at;
        let c = bytes[i];
        let hash = FNV_OFFSET;
        let mantissa = 0;
        let digits = 0;
        let point = -1;
        let negative = false;
        if (kinds[j] === 0) {
          while (STOP[c] === 0) {
            hash = Math.imul(hash ^ c, FNV_PRIME);
            c = bytes[++i];
          }
        } else {
          if (c === MINUS) {
            negative = true;
            c = bytes[++i];
          }
          for (;; c = bytes[++i]) {
            if (c >= 48 && c <= 57) {
              mantissa = mantissa * 10 + c - 48;
              digits++;
            } else if (c === DOT && point < 0) point = digits;
            else break;
          }
        }
        // The cell must end at a comma, or at the line's end for the last one; anything else
        // (a quote, a stray character, too few or too many cells) is read again the slow way.
        let next: number;
        if (c === COMMA && j < last) next = i + 1;
        else if (c === LF && j === last) next = i + 1;
        else if (c === CR && j === last && bytes[i + 1] === LF) next = i + 2;
        else {
          at = this.#slowLine(bytes, lineStart, row);
          break;
        }
        if (kinds[j] === 0) {
          const t = texts[j];
          let code = t.index.find(bytes, at, i, hash);
          if (code < 0) code = this.#newLabel(t, bytes, at, i, hash, row);
          t.part.codes[row] = code;
        } else {
          const n = numbers[j];
          if (i === at) {
            n.part.values[row] = NaN;
            n.part.nulls++;
          } else if (digits === 0 || digits > MAX_DIGITS) {
            this.#number(n, lenient.decode(bytes.subarray(at, i)), row);
          } else {
            const decimals = point < 0 ? 0 : digits - point;
            const magnitude = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
            const value = negative ? -magnitude : magnitude;
            if (
              value < n.min || value > n.max || (negative && value === 0) ||
              (n.integer && decimals > 0 && value !== Math.floor(value))
            ) {
              const cell = lenient.decode(bytes.subarray(at, i));
              this.#fail(n.part.name, row, numberProblem(n.part.column, value)!, cell);
            }
            n.part.values[row] = value;
          }
        }
        at = next;
      }
    }
    return at;
  }

  #grow(): void {
    this.#capacity = this.#capacity === 0
      ? this.#next
      : Math.min(this.#batchRows, Math.ceil(this.#capacity * 1.5) + 16);
    for (const t of this.#texts) {
      if (t === undefined) continue;
      const codes = codesFor(t.labels.length, this.#capacity);
      codes.set(t.part.codes);
      t.part.codes = codes;
    }
    for (const n of this.#numbers) {
      if (n === undefined) continue;
      const values = new Float64Array(this.#capacity);
      values.set(n.part.values);
      n.part.values = values;
    }
  }

  #newLabel(t: TextState, bytes: Uint8Array, from: number, to: number, hash: number, row: number) {
    const place = this.#place(row, t.part.name);
    const label = decode(bytes.subarray(from, to), place);
    const why = t.part.column === null ? null : labelProblem(t.part.column, label);
    if (why !== null) throw new RangeError(problem(place, why, label));
    const code = t.index.add(bytes, from, to, hash);
    t.labels.push(label);
    // Codes widen as labels are added (Uint8 to 256 labels, then Uint16, then Int32).
    if (code === 256 || code === 65536) {
      const codes = codesFor(code + 1, t.part.codes.length);
      codes.set(t.part.codes);
      t.part.codes = codes;
    }
    return code;
  }

  #label(t: TextState, label: string, row: number): void {
    const bytes = encoder.encode(label);
    const hash = hashBytes(bytes, 0, bytes.length);
    let code = t.index.find(bytes, 0, bytes.length, hash);
    if (code < 0) code = this.#newLabel(t, bytes, 0, bytes.length, hash, row);
    t.part.codes[row] = code;
  }

  #number(n: NumberState, cell: string, row: number): void {
    if (cell === "") {
      n.part.values[row] = NaN;
      n.part.nulls++;
      return;
    }
    const value = readDecimal(cell);
    if (typeof value === "string") {
      const Kind = value === "is not a number" ? SyntaxError : RangeError;
      throw new Kind(problem(this.#place(row, n.part.name), value, cell));
    }
    const why = numberProblem(n.part.column, value);
    if (why !== null) this.#fail(n.part.name, row, why, cell);
    n.part.values[row] = value;
  }

  // A line the fast loop could not read: split with quotes, each cell read from its text.
  #slowLine(bytes: Uint8Array, from: number, row: number): number {
    const end = bytes.indexOf(LF, from);
    const place = this.#place(row);
    const cells = splitLine(
      bytes,
      from,
      end > from && bytes[end - 1] === CR ? end - 1 : end,
      place,
    );
    if (cells.length !== this.#kinds.length) {
      throw new SyntaxError(
        problem(place, `has ${cells.length} cells; the header has ${this.#kinds.length}`),
      );
    }
    cells.forEach((cell, j) => {
      const text = decode(cell, this.#place(row, this.names[j]));
      if (this.#kinds[j] === 0) this.#label(this.#texts[j], text, row);
      else this.#number(this.#numbers[j], text, row);
    });
    return end + 1;
  }

  #place(row: number, column?: string): Place {
    const line = this.rowsRead + row + 2;
    return { file: this.file, line, row: line - 1, column };
  }

  #fail(column: string, row: number, why: string, cell: string): never {
    throw new RangeError(problem(this.#place(row, column), why, cell));
  }
}

function countLines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let at = bytes.indexOf(LF, from + 1); at >= 0 && at < to; at = bytes.indexOf(LF, at + 1)) {
    n++;
  }
  return n;
}

// A cell's text, or an error naming it when its bytes are not UTF-8.
function decode(bytes: Uint8Array, place: Place): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const why = "is not UTF-8 text (save the file as UTF-8)";
    throw new SyntaxError(problem(place, why, lenient.decode(bytes)));
  }
}

// The cells of the line `bytes[from, to)` as bytes, quotes removed ("" inside quotes is a quote).
function splitLine(bytes: Uint8Array, from: number, to: number, place: Place): Uint8Array[] {
  const cells: Uint8Array[] = [];
  let i = from;
  for (;;) {
    if (bytes[i] === QUOTE && i < to) {
      const parts: number[] = [];
      let k = i + 1;
      for (;;) {
        if (k >= to) {
          throw new SyntaxError(
            problem(place, "has a quoted cell that does not close on its line"),
          );
        }
        if (bytes[k] === QUOTE) {
          if (bytes[k + 1] === QUOTE && k + 1 < to) {
            parts.push(QUOTE);
            k += 2;
            continue;
          }
          break;
        }
        parts.push(bytes[k++]);
      }
      k++;
      if (k < to && bytes[k] !== COMMA) {
        const cell = lenient.decode(Uint8Array.from(parts));
        throw new SyntaxError(
          problem(place, `has a stray character after the quoted cell ${JSON.stringify(cell)}`),
        );
      }
      cells.push(Uint8Array.from(parts));
      i = k;
    } else {
      let k = i;
      while (k < to && bytes[k] !== COMMA) {
        if (bytes[k] === QUOTE) {
          const cell = lenient.decode(bytes.subarray(i, k));
          throw new SyntaxError(problem(place, `has a stray quote after ${JSON.stringify(cell)}`));
        }
        k++;
      }
      cells.push(bytes.subarray(i, k));
      i = k;
    }
    if (i >= to) return cells;
    i++; // the comma
  }
}
