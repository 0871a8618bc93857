// Private to lib/scale: checking the columns of a table read from a columnar file against the
// referral schema, and putting them in the forms the analysis reads fastest: text as codes into
// its distinct labels, numbers as plain or typed arrays (null where not recorded).
import { aq, type StoredColumn } from "../data/arquero.ts";
import { CodedColumn, codesFor } from "./_coded_column.ts";
import { labelProblem, numberProblem } from "./_check_value.ts";
import { problem } from "./_problem.ts";
import { REFERRAL_SCHEMA, type ReferralColumn } from "./referral_schema.ts";

// Arrow's half-precision float (Precision.HALF in the format's Schema.fbs and in flechette),
// stored as its 16 bits. Written out so that checking a table does not load flechette.
const HALF_PRECISION = 0;

/** The table with the schema's columns checked and first, any others after. */
export function checkColumns(table: aq.ColumnTable, file: string): aq.ColumnTable {
  const names = table.columnNames();
  const rows = (table.column(names[0]) as unknown as StoredColumn).length;
  for (const name of names) {
    const length = (table.column(name) as unknown as StoredColumn).length;
    if (length !== rows) {
      throw new SyntaxError(
        problem(
          { file, column: name },
          `has ${length} values; column "${names[0]}" has ${rows}`,
        ),
      );
    }
  }
  const columns: Record<string, unknown> = {};
  for (const column of REFERRAL_SCHEMA) {
    const data = table.column(column.name) as unknown as StoredColumn;
    columns[column.name] = column.kind === "category"
      ? checkText(data, column, file)
      : checkNumbers(data, column, file);
  }
  for (const name of table.columnNames()) {
    if (!(name in columns)) columns[name] = table.column(name);
  }
  return aq.table(columns);
}

function checkText(data: StoredColumn, column: ReferralColumn, file: string): unknown {
  if (typeof data.groups !== "function") return encode(data, column, file);
  checkLabels(data, column, file);
  return recode(data, column, file);
}

function checkLabels(data: StoredColumn, column: ReferralColumn, file: string): void {
  // A dictionary: check its labels; only a bad one costs a scan, to find the first row using it.
  const g = data.groups!([column.name]);
  for (let k = 0; k < g.size; k++) {
    const label = g.get[0](g.rows[k]);
    const why = typeof label === "string" ? labelProblem(column, label) : "is empty";
    if (why === null) continue;
    let row = 0;
    while (row < data.length && g.keys[row] !== k) row++;
    if (row === data.length) continue; // in the dictionary but in no row
    const place = { file, row: row + 1, column: column.name };
    throw new RangeError(problem(place, why, label ?? undefined));
  }
}

// The dictionary's codes, renumbered in order of first appearance with unused labels dropped when
// a file's dictionary is not already so, as a column without Arquero's dictionary rewrite of
// comparisons (see _coded_column.ts). A code outside the dictionary (a damaged file) is refused.
function recode(data: StoredColumn, column: ReferralColumn, file: string): CodedColumn {
  const g = data.groups!([""]);
  const { keys, size } = g;
  const remap = new Int32Array(size).fill(-1);
  const values: string[] = [];
  let identity = true;
  const outside = (row: number): never => {
    throw new RangeError(
      problem(
        { file, row: row + 1, column: column.name },
        `holds the code ${keys[row]}, outside its dictionary of ${size} labels`,
      ),
    );
  };
  let i = 0;
  // Until every label has been met (in a file this toolkit wrote, within the first rows)…
  for (; i < data.length && values.length < size; i++) {
    const k = keys[i];
    if (remap[k] >= 0) continue;
    if (!(k >= 0 && k < size)) outside(i);
    remap[k] = values.push(g.get[0](g.rows[k]) as string) - 1;
    identity &&= remap[k] === k;
  }
  // …then only whether each code is in the dictionary (a negative one is not, unsigned).
  for (; i < data.length; i++) if (keys[i] >>> 0 >= size) outside(i);
  const codes = codesFor(values.length, data.length);
  if (identity && codes.BYTES_PER_ELEMENT === (keys as Uint8Array).BYTES_PER_ELEMENT) {
    codes.set((keys as Uint8Array).subarray(0, data.length));
  } else {
    for (let i = 0; i < data.length; i++) codes[i] = remap[keys[i]];
  }
  return new CodedColumn(codes, values);
}

// Text stored plainly: coded here, checking each distinct label once.
function encode(data: StoredColumn, column: ReferralColumn, file: string): CodedColumn {
  const codes = new Int32Array(data.length);
  const seen = new Map<unknown, number>();
  const values: string[] = [];
  for (let i = 0; i < data.length; i++) {
    const label = data.at(i);
    let code = seen.get(label);
    if (code === undefined) {
      const why = typeof label === "string" ? labelProblem(column, label) : "is empty";
      if (why !== null) {
        throw new RangeError(
          problem({ file, row: i + 1, column: column.name }, why, label ?? undefined),
        );
      }
      seen.set(label, code = values.push(label as string) - 1);
    }
    codes[i] = code;
  }
  const small = codesFor(values.length, codes.length);
  small.set(codes);
  return new CodedColumn(small, values);
}

function checkNumbers(data: StoredColumn, column: ReferralColumn, file: string): unknown {
  const [min, max] = [column.min ?? -Infinity, column.max ?? Infinity];
  const integer = column.kind === "integer";
  // numberProblem()'s checks inline (a call per cell costs); it words a failure.
  const fine = (v: number) =>
    v >= min && v <= max && v - v === 0 && (v !== 0 || 1 / v > 0) && (!integer || v % 1 === 0);
  const fail = (row: number, v: unknown): never => {
    const why = typeof v === "number" ? numberProblem(column, v) : "is not a number";
    throw new RangeError(problem({ file, row: row + 1, column: column.name }, why!, v));
  };
  const batches = typedBatches(data);
  if (batches === null) {
    const values = Array.from(data.toArray?.() ?? Array.from(data as unknown as Iterable<unknown>));
    for (let i = 0; i < values.length; i++) {
      let v = values[i];
      // Parquet readers give undefined for a missing cell and bigint for 64-bit integers.
      if (v === undefined) v = values[i] = null;
      if (typeof v === "bigint" && Number.isSafeInteger(Number(v))) v = values[i] = Number(v);
      if (v !== null && !(typeof v === "number" && fine(v))) fail(i, v);
    }
    return values;
  }
  // An Arrow column's numbers, checked in one pass: its typed array when it has no nulls, else a
  // plain array with null where the validity bitmap says so.
  if (batches.length === 1 && batches[0].nullCount === 0) {
    const values = batches[0].values.subarray(0, batches[0].length);
    for (let i = 0; i < values.length; i++) if (!fine(values[i])) fail(i, values[i]);
    return values;
  }
  const out = new Array<number | null>(data.length);
  let at = 0;
  for (const b of batches) {
    const { values, validity } = b;
    for (let i = 0; i < b.length; i++, at++) {
      if (b.nullCount > 0 && (validity[i >> 3] & (1 << (i & 7))) === 0) out[at] = null;
      else if (fine(values[i])) out[at] = values[i];
      else fail(at, values[i]);
    }
  }
  return out;
}

interface Batch {
  length: number;
  nullCount: number;
  values:
    | Float64Array
    | Float32Array
    | Int32Array
    | Int16Array
    | Int8Array
    | Uint32Array
    | Uint16Array
    | Uint8Array;
  validity: Uint8Array;
}

// An Arrow column's batches when their values can be read as stored, else null (half floats and
// 64-bit integers are stored in forms that need decoding: Arrow's toArray() does that).
function typedBatches(data: StoredColumn): Batch[] | null {
  const { data: batches, type } = data as { data?: Batch[]; type?: { precision?: number } };
  const plain = Array.isArray(batches) && type?.precision !== HALF_PRECISION &&
    batches.every((b) =>
      ArrayBuffer.isView(b.values) && !(b.values instanceof BigInt64Array) &&
      !(b.values instanceof BigUint64Array)
    );
  return plain ? batches : null;
}
