// Private to lib/scale: a batch of referral rows in column form, what the CSV reader yields and
// the Arrow and Parquet writers take, so that converting a file never holds more than a batch.
// Text is codes into the column's labels (one list shared by every batch of a file, growing as
// new labels appear: codes are stable, as Arrow's delta dictionaries want); numbers are doubles,
// NaN where not recorded (never a value: the readers refuse NaN in a cell).
import { aq } from "../data/arquero.ts";
import { CodedColumn, type Codes, codesFor, type MaybeCoded } from "./_coded_column.ts";
import { REFERRAL_SCHEMA, type ReferralColumn } from "./referral_schema.ts";

/** A text column of a batch. */
export interface TextPart {
  kind: "text";
  name: string;
  /** The schema's column, or null for a column the schema does not name (kept as text). */
  column: ReferralColumn | null;
  /** One code per row (at least `rows` long; only the first `rows` count). */
  codes: Codes;
  /** Every label met so far in the file; codes index it. */
  labels: readonly string[];
}

/** A number column of a batch. */
export interface NumberPart {
  kind: "number";
  name: string;
  column: ReferralColumn;
  /** One value per row, NaN where not recorded (at least `rows` long). */
  values: Float64Array;
  /** How many of the first `rows` values are not recorded. */
  nulls: number;
}

/** Some rows of a referral file, in the file's column order. */
export interface Batch {
  rows: number;
  columns: (TextPart | NumberPart)[];
}

/** Writes batches to a file, then its end. */
export interface BatchWriter {
  write(batch: Batch): Promise<void>;
  finish(): Promise<void>;
}

/** The table of all the batches' rows: schema columns first, in schema order, then the others. */
export function tableOfBatches(batches: readonly Batch[]): aq.ColumnTable {
  const rows = batches.reduce((n, b) => n + b.rows, 0);
  const parts = batches[0].columns;
  const columns: Record<string, unknown> = {};
  const order = [
    ...REFERRAL_SCHEMA.map((c) => parts.findIndex((p) => p.name === c.name)),
    ...parts.flatMap((p, j) => p.column === null ? [j] : []),
  ];
  for (const j of order) {
    const last = batches[batches.length - 1].columns[j];
    columns[last.name] = last.kind === "text"
      ? new CodedColumn(joinCodes(batches, j, rows, last.labels.length), last.labels)
      : joinNumbers(batches, j, rows);
  }
  return aq.table(columns);
}

function joinCodes(batches: readonly Batch[], j: number, rows: number, labels: number): Codes {
  const first = batches[0].columns[j] as TextPart;
  const out = codesFor(labels, rows);
  if (batches.length === 1 && first.codes.constructor === out.constructor) {
    return first.codes.subarray(0, rows);
  }
  let at = 0;
  for (const b of batches) {
    out.set((b.columns[j] as TextPart).codes.subarray(0, b.rows), at);
    at += b.rows;
  }
  return out;
}

// A typed array when every value is recorded, else a plain array with null where one is not.
function joinNumbers(batches: readonly Batch[], j: number, rows: number): ArrayLike<number | null> {
  const nulls = batches.reduce((n, b) => n + (b.columns[j] as NumberPart).nulls, 0);
  if (nulls === 0 && batches.length === 1) {
    return (batches[0].columns[j] as NumberPart).values.subarray(0, rows);
  }
  const out = nulls === 0 ? new Float64Array(rows) : new Array<number | null>(rows);
  let at = 0;
  for (const b of batches) {
    const values = (b.columns[j] as NumberPart).values;
    for (let i = 0; i < b.rows; i++, at++) {
      const v = values[i];
      out[at] = v === v ? v : null;
    }
  }
  return out;
}

/**
 * The table's rows (in its order) as batches of at most `size` rows, one empty batch for none;
 * `path` names the file being written in an error.
 */
export function* batchesOfTable(
  table: aq.ColumnTable,
  size: number,
  path: string,
): Generator<Batch> {
  const rows = table.numRows();
  const order = table.isFiltered() || table.isOrdered() ? table.indices() : null;
  const columns = table.columnNames().map((name) => {
    const column = REFERRAL_SCHEMA.find((c) => c.name === name) ?? null;
    return column !== null && column.kind !== "category"
      ? { name, column, data: table.column(name) as unknown as MaybeCoded }
      : { name, column, ...coded(table.column(name) as unknown as MaybeCoded, order, rows) };
  });
  for (let start = 0; start === 0 || start < rows; start += size) {
    const n = Math.min(size, rows - start);
    yield {
      rows: n,
      columns: columns.map((c): TextPart | NumberPart =>
        "codes" in c
          ? {
            kind: "text",
            name: c.name,
            column: c.column,
            codes: c.codes.subarray(start, start + n),
            labels: c.labels,
          }
          : {
            kind: "number",
            name: c.name,
            column: c.column!,
            ...numbers(c, order, start, n, path),
          }
      ),
    };
  }
}

// A text column as codes in the table's row order: a coded column's own codes when the table is
// in file order, else codes made in order of first appearance (null and undefined as "").
function coded(data: MaybeCoded, order: ArrayLike<number> | null, rows: number) {
  if (data.codes !== undefined && data.values !== undefined) {
    if (order === null) return { codes: data.codes, labels: data.values };
    const codes = codesFor(data.values.length, rows);
    for (let i = 0; i < rows; i++) codes[i] = data.codes[order[i]];
    return { codes, labels: data.values };
  }
  const codes = new Int32Array(rows);
  const seen = new Map<string, number>();
  const labels: string[] = [];
  for (let i = 0; i < rows; i++) {
    const value = data.at(order === null ? i : order[i]);
    const label = value === null || value === undefined ? "" : String(value);
    let code = seen.get(label);
    if (code === undefined) seen.set(label, code = labels.push(label) - 1);
    codes[i] = code;
  }
  return { codes, labels };
}

function numbers(
  c: { name: string; data: MaybeCoded },
  order: ArrayLike<number> | null,
  start: number,
  n: number,
  path: string,
): { values: Float64Array; nulls: number } {
  const values = new Float64Array(n);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const row = order === null ? start + i : order[start + i];
    const v = c.data.at(row);
    if (v === null || v === undefined) {
      values[i] = NaN;
      nulls++;
    } else if (typeof v === "number" && v === v) values[i] = v;
    else {
      throw new TypeError(
        `Cannot write referrals to "${path}": row ${start + i + 1}, column "${c.name}": ` +
          `${typeof v === "number" ? "NaN" : JSON.stringify(v)} is not a number or null`,
      );
    }
  }
  return { values, nulls };
}
