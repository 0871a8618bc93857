// The shapes `ingest()` returns. They are plain JSON values so the CLI can write them as they are.

/** The unit of a figure: pounds, a count, a percentage, or a length of time. */
export type FigureUnit = "GBP" | "count" | "percent" | "years" | "months";

/** Where a figure was found: running text, a list item, or a table cell. */
export type FigureKind = "prose" | "list" | "table";

/**
 * Where a figure's label comes from, surest first: `layout` (a lead the layout gives: "Referrals:
 * 105", "Victim Support – £411,834"), `table` (its row and column), `sentence` (a word that ties
 * it to the figure: "awarded to Y", "Y received", "Y (£X)", "£X – Y"), `noun` (what a count
 * counts: "105 referrals"), `nearby` (the words nearest it, with nothing tying them), `context`
 * (the heading, paragraph topic, list introduction or question above it), `none` (no label: an
 * honest blank rather than a guess).
 */
export type LabelSource = "layout" | "table" | "sentence" | "noun" | "nearby" | "context" | "none";

/** How sure the label is: `high` from the layout, a table or the sentence, `medium` from nearby
 * words, `low` from the context or when there is none. */
export type LabelConfidence = "high" | "medium" | "low";

/** Where in the source a figure is stated. */
export interface SourceSpan {
  /** The 1-based line. */
  line: number;
  /** The 0-based column of its first character. */
  start: number;
  /** The column just after its last character. */
  end: number;
}

/** An observation, or an aggregate the document states (kept so it can be checked). */
export type FigureRole = "observation" | "total" | "subtotal" | "grand_total";

/** What a table column holds, decided from its header and its cells. */
export type ColumnType =
  | "money"
  | "count"
  | "percent"
  | "financial_year"
  | "quarter"
  | "date"
  | "number"
  | "text";

/** The layout a table was read from. */
export type TableFormat = "tsv" | "markdown" | "html" | "aligned" | "cell-lines";

/** The time a figure is about. Every field is null (or false) when the document does not say. */
export interface IngestPeriod {
  /** The UK financial year, canonical `YYYY-YY`, when the period lies within one. */
  financial_year: string | null;
  /** `Q1`…`Q4` of `financial_year`, when the figure is for a quarter. */
  quarter: string | null;
  /** The first day, as an ISO date. */
  start: string | null;
  /** The last day, as an ISO date. */
  end: string | null;
  /** True when the figure is a yearly rate (`per annum`, `annual cost`). */
  per_annum: boolean;
  /** The words the period was read from. */
  text: string | null;
  /**
   * Where the period comes from: `stated` next to the figure (same sentence, row or column),
   * `context` (a heading, caption or the rows a total sums), `document` (the one financial year
   * the document is about), or null when there is none.
   */
  basis: "stated" | "context" | "document" | null;
}

/**
 * One figure found in a document, with where it is (the line it starts on, and the columns of its
 * first character and just after its last) and what it is about.
 */
export interface IngestFigure extends SourceSpan {
  /** The document's name as passed to `ingest` (a file name for the CLI). */
  source: string;
  /**
   * `start` plus the figure's length in source characters: the column just after its last
   * character. A figure a line break splits (in a wrapped paragraph) runs past its line's end.
   */
  end: number;
  /** The figure's text as written (a whole cell for table figures). */
  text: string;
  /** The value in `unit` after `scale`; null when missing or suppressed (see `missing_reason`). */
  value: number | null;
  /** The unit of `value`. */
  unit: FigureUnit;
  /** The multiplier applied to the written number: 1, or 1000 for `£25k`/`(£000)`, 1e6 for `m`. */
  scale: number;
  /** True when hedged: `c£`, `around`, `roughly`, `approximately`. */
  approximate: boolean;
  /** `upper` for `up to`/`less than`, `lower` for `more than`/`over`; else null. */
  bound: "upper" | "lower" | null;
  /** True when the value exists but was withheld (`*`, `<5`, `[c]`, `fewer than 5`). */
  suppressed: boolean;
  /** Why `value` is null, in the document's words or a canonical marker; null with a value. */
  missing_reason: string | null;
  /** What the figure is about: the service, provider, group or measure; empty when unsure. */
  label: string;
  /** Where the label comes from (see {@linkcode LabelSource}). */
  label_source: LabelSource;
  /** How sure the label is. */
  label_confidence: LabelConfidence;
  /** The heading or table caption the figure sits under, when there is one. */
  section: string | null;
  /** The time the figure is about. */
  period: IngestPeriod;
  /** Running text, a list item or a table cell. */
  kind: FigureKind;
  /** `total`, `subtotal` or `grand_total` when the document states it as an aggregate. */
  role: FigureRole;
  /** The index of the table in `tables`, for table figures. */
  table: number | null;
  /** The index of the row in that table's `rows`, for table figures. */
  row: number | null;
  /** The index of the column, for table figures. */
  column: number | null;
  /** What was odd about the text when it was read anyway (it quotes the text); else null. */
  warning: string | null;
  /**
   * The other places the document states the same figure (same value, unit, label and period),
   * merged into this one; empty when it is stated once.
   */
  also: SourceSpan[];
  /**
   * For a total stated in a sentence ("A total of £120,000 …: £70,000 to A and £50,000 to B"),
   * where the parts it names are; null otherwise (a table's or list's parts follow its layout).
   */
  parts: SourceSpan[] | null;
}

/** One column of a table. */
export interface IngestColumn {
  /** Its header, with the lines of a multi-line header joined. */
  name: string;
  /** What its cells hold. */
  type: ColumnType;
  /** The unit of its figures, for money, count and percent columns. */
  unit: FigureUnit | null;
  /** The multiplier its header declares (`£000` → 1000); 1 otherwise. */
  scale: number;
  /** The bound its header declares (`(£ up to)` → `upper`). */
  bound: "upper" | "lower" | null;
  /**
   * What could not be read in its header (a scale such as `(£00)`), quoting it; each of the
   * column's figures carries it too. Null when the header was read.
   */
  warning: string | null;
}

/** One cell of a table, with where its text is in the document. */
export interface IngestCell extends SourceSpan {
  /** The cell's text, trimmed (entities decoded for HTML). */
  text: string;
}

/** One body row of a table. */
export interface IngestRow {
  /** The line the row starts on. */
  line: number;
  /** `section` for a row that only names the group of rows below it; else a figure role. */
  role: FigureRole | "section";
  /** The row's cells, one per column. */
  cells: IngestCell[];
}

/** A table read from the document. */
export interface IngestTable {
  /** Its position in the result's `tables`. */
  index: number;
  /** The layout it was read from. */
  format: TableFormat;
  /** The line of its first row (header included). */
  line: number;
  /** The line of its last row. */
  end_line: number;
  /** The caption or the short line above it, when there is one. */
  caption: string | null;
  /** The header rows as written, top first. */
  header: string[][];
  /** The columns, typed. */
  columns: IngestColumn[];
  /** The body rows, in document order. */
  rows: IngestRow[];
}

/** What the reader could not read, or read with a doubt: its document and line, and the text. */
export interface IngestWarning extends Pick<IngestFigure, "source" | "line"> {
  /** The text concerned, as written. */
  text: string;
  /** What was wrong and what was done about it. */
  message: string;
}

/** What the document says about itself, when it says it. */
export interface IngestMetadata {
  /** The document's name. */
  source: string;
  /** The layout of the whole text. */
  format: "text" | "markdown" | "html";
  /** The body that wrote it (a council, an OPCC…). */
  publisher: string | null;
  /** The body's reference for the request (`Our ref: 0017/24` → `0017/24`). */
  reference: string | null;
  /** The date of the response, ISO. */
  date: string | null;
  /** The date the request was received, ISO, when stated. */
  received: string | null;
  /** The financial years the document mentions, earliest first. */
  financial_years: string[];
  /** The period the figures cover: the one financial year the document is about, or the span. */
  period: IngestPeriod;
  /** How many lines the document has. */
  lines: number;
}

/** Everything `ingest()` read from one document. */
export interface IngestResult {
  /** What the document says about itself. */
  metadata: IngestMetadata;
  /** The tables found, in document order. */
  tables: IngestTable[];
  /** Every figure, from prose, lists and tables, in document order. */
  figures: IngestFigure[];
  /** What could not be read, or was read with a doubt. */
  warnings: IngestWarning[];
}
