/** One problem a schema finds in a row. */
export interface RowIssue {
  /** The path to the bad field; its first element is the column. */
  readonly path: readonly PropertyKey[];
  /** What is wrong. */
  readonly message: string;
}

/** The result of decoding or encoding one row: the value, or every problem found. */
export type RowResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly RowIssue[] } };

/** A column of a row schema: its catalogue metadata (type, description, unit). */
export interface ColumnSchema {
  /** The column's metadata, as the catalogue reads it. */
  meta(): Record<string, unknown> | undefined;
}

/**
 * A dataset's row schema: a zod object of codecs, one per column, that decodes a CSV row's text
 * cells into a typed row and encodes a typed row back, validating both ways. This is the part of
 * zod's API the toolkit relies on, so the public types do not depend on zod's internals.
 */
export interface RowSchema<Row> {
  /** The columns, in file order. */
  readonly shape: Readonly<Record<string, ColumnSchema>>;
  /** Decodes text cells (by column name) into a typed row, collecting every problem. */
  safeDecode(cells: Record<string, string>): RowResult<Row>;
  /** Validates a typed row and encodes it as text cells, collecting every problem. */
  safeEncode(row: Row): RowResult<Record<string, string>>;
}

/**
 * A dataset the toolkit ships in `data/`: a tidy CSV extracted from one source document.
 *
 * The schema decodes the CSV's text cells into typed values (and encodes typed rows back), so it
 * is the one description of the file's columns, their types and units.
 */
export interface Dataset<Row = Record<string, unknown>> {
  /** The dataset's name; its file is `data/<name>.csv`. */
  readonly name: string;
  /** A short title. */
  readonly title: string;
  /** What the dataset holds and what to mind when using it. */
  readonly description: string;
  /** The source document: a file in `seeds/`. */
  readonly seed: string;
  /** The row schema: one zod codec per column, CSV text to typed value. */
  readonly schema: RowSchema<Row>;
}

/** The columns every figure row ends with: the value, its qualifiers and its provenance. */
export interface FigureColumns extends Provenance {
  /** The figure in `unit`; null when the document gives none (see `missing_reason`). */
  value: number | null;
  /** The unit of `value`. */
  unit: "GBP" | "count" | "percent" | "years" | "months";
  /** True when the document marks the figure approximate (c£, roughly, around). */
  approximate: boolean;
  /** `upper` for an "up to" or "less than" figure, `lower` for "more than"; else null. */
  bound: "upper" | "lower" | null;
  /** Why `value` is null, in the document's words; null when there is a value. */
  missing_reason: string | null;
  /** An observation, or an aggregate the document states (kept so it can be checked). */
  role: "observation" | "total" | "subtotal" | "grand_total" | "percentage";
}

/** Where a row comes from: the source text, the seed file and the line. */
export interface Provenance {
  /** The figure's text exactly as on the cited line; null for an empty cell. */
  raw: string | null;
  /** The source document: a file in `seeds/`. */
  seed: string;
  /** The 1-based line of the source document. */
  line: number;
}
