// Private to lib/scale: a dictionary-encoded text column (one small integer code per row and the
// distinct values once), shaped as an Arquero column. Arquero's own groupby and the analysis
// verbs read the codes through `groups()` instead of hashing a string per row, and a million rows
// of six distinct labels take one megabyte instead of eight. Codes are numbered in order of first
// appearance and every label is used, so grouping by codes gives the groups a plain array would.
// There is deliberately no `keyFor`: Arquero 8 rewrites `d.x !== "label"` on a column that has
// one into `false` when the label is not in the dictionary, which would filter out every row.

/** The typed arrays codes are kept in (the smallest that holds the number of values). */
export type Codes = Uint8Array | Uint16Array | Int32Array;

/** The smallest typed array holding codes below `size`. */
export function codesFor(size: number, length: number): Codes {
  return size <= 256
    ? new Uint8Array(length)
    : size <= 65536
    ? new Uint16Array(length)
    : new Int32Array(length);
}

/** A column as a table holds it: its values by row, and its codes when it is a CodedColumn. */
export type MaybeCoded = Pick<CodedColumn, "at"> & Partial<Pick<CodedColumn, "codes" | "values">>;

/** A text column stored as codes into a list of distinct values; read-only once built. */
export class CodedColumn {
  /** The code of each row. */
  readonly codes: Codes;
  /** The distinct values; code `k` stands for `values[k]`. */
  readonly values: readonly string[];

  constructor(codes: Codes, values: readonly string[]) {
    this.codes = codes;
    this.values = values;
  }

  /** The number of rows. */
  get length(): number {
    return this.codes.length;
  }

  /** The value of row `row`. */
  at(row: number): string {
    return this.values[this.codes[row]];
  }

  /** The rows grouped by code (Arquero's dictionary protocol, used by `groupby`). */
  groups(names: string[]) {
    const values = this.values;
    return {
      keys: this.codes,
      get: [(k: number) => values[k]],
      names,
      rows: Array.from(values, (_, k) => k),
      size: values.length,
    };
  }

  /** The values, in row order. */
  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.codes.length; i++) yield this.values[this.codes[i]];
  }

  /** The values as a plain array. */
  toArray(): string[] {
    const out = new Array<string>(this.codes.length);
    for (let i = 0; i < out.length; i++) out[i] = this.values[this.codes[i]];
    return out;
  }
}
