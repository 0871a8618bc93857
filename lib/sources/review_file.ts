import { parseCsvRecords } from "../deps.ts";
import { formatCsv } from "../io/csv.ts";
import { readFigure } from "../data/read_figure.ts";
import { checkTotals } from "../ingest/check_totals.ts";
import type { IngestFigure, IngestPeriod, IngestResult } from "../ingest/types.ts";
import { citedPlace, type SourceText } from "./_document_text.ts";

/**
 * The columns of a review file, in order. The reviewer edits `accept` (`yes` or `no`), `label`,
 * `value`, `unit`, `period`, `role` and `part_of` as needed; `page`, `line` and `raw` say where
 * the figure is (the figure's text as written on that line), `confidence` and `note` why it may
 * need a look.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { REVIEW_COLUMNS } from "./mod.ts";
 * assert.deepEqual(REVIEW_COLUMNS.slice(0, 4), ["figure", "accept", "label", "value"]);
 * ```
 */
export const REVIEW_COLUMNS = [
  "figure",
  "accept",
  "label",
  "value",
  "unit",
  "period",
  "role",
  "part_of",
  "page",
  "line",
  "raw",
  "section",
  "approximate",
  "bound",
  "missing_reason",
  "confidence",
  "note",
] as const;

/** A column of a review file. */
export type ReviewColumn = typeof REVIEW_COLUMNS[number];

/** A row of a review file: one proposed figure, each cell as text. */
export type ReviewRow = Record<ReviewColumn, string>;

/**
 * Proposes one review row per figure `ingest()` found: its value, unit, label, period, role,
 * page and line, the total it is a part of (from `checkTotals()`), and a confidence: `high` for
 * a figure read without a doubt whose period is stated beside it, `medium` when its period comes
 * from its heading or the document or it has none, `low` (not accepted until the reviewer says
 * so) when ingest warned about it or its text does not read back as its value on its line.
 *
 * @param result What `ingest()` read from the document's text.
 * @param source The text, with each line's page for a PDF.
 * @returns The rows, in document order, figures numbered F1, F2...
 */
export function proposeReview(result: IngestResult, source: SourceText): ReviewRow[] {
  const ids = new Map(result.figures.map((f, i) => [f, `F${i + 1}`]));
  const partOf = new Map<IngestFigure, string[]>();
  for (const check of checkTotals(result)) {
    const at = (place: { line: number; start: number }) => (f: IngestFigure) =>
      f.line === place.line && f.start === place.start;
    const total = result.figures.find(at(check));
    if (total === undefined) continue;
    for (const part of check.parts) {
      const figure = result.figures.find((f) => f !== total && at(part)(f));
      if (figure !== undefined) partOf.set(figure, [...partOf.get(figure) ?? [], ids.get(total)!]);
    }
  }
  const lines = source.text.split("\n");
  return result.figures.map((f) => {
    const place = citedPlace(source, f.line);
    const doubt = f.warning ?? readBack(f, lines[f.line - 1] ?? "") ?? placeDoubt(place);
    const confidence = doubt !== null ? "low" : f.period.basis === "stated" ? "high" : "medium";
    const note = doubt ?? periodNote(f.period);
    return {
      figure: ids.get(f)!,
      accept: confidence === "low" ? "no" : "yes",
      label: plainLabel(withoutSection(f) || f.section || f.text),
      value: f.value === null ? "" : String(f.value),
      unit: f.unit,
      period: periodText(f.period),
      role: f.unit === "percent" && f.role === "observation" ? "percentage" : f.role,
      part_of: (partOf.get(f) ?? []).join(" "),
      page: place?.page == null ? "" : String(place.page),
      line: String(place?.line ?? f.line),
      raw: f.text,
      section: f.section === null ? "" : plainLabel(f.section),
      approximate: String(f.approximate),
      bound: f.bound ?? "",
      missing_reason: f.value === null ? (f.missing_reason ?? "Not stated") : "",
      confidence,
      note,
    };
  });
}

// The section has a column of its own: a label that repeats it before a dash is shortened.
function withoutSection(figure: IngestFigure): string {
  const prefix = figure.section === null ? null : `${figure.section} — `;
  return prefix !== null && figure.label.startsWith(prefix)
    ? figure.label.slice(prefix.length)
    : figure.label;
}

// A label a spreadsheet will not run as a formula: the datasets refuse a leading = + - or @.
function plainLabel(text: string): string {
  return text.replace(/^[=+\-@\s]+/, "").replace(/\s+/g, " ").trim() || "(no label)";
}

function readBack(figure: IngestFigure, line: string): string | null {
  if (!line.includes(figure.text)) {
    return "Its text is not on one line of the document: check the value and line";
  }
  if (figure.value === null) return null;
  try {
    if (readFigure(figure.text, figure.unit).value === figure.value) return null;
  } catch {
    // Not readable as a figure on its own (a scaled table cell, a number word): said below.
  }
  return `"${figure.text}" does not read back as ${figure.value} on its own: check the value`;
}

function placeDoubt(place: { page: number | null; line: number } | null): string | null {
  return place === null ? "Its line could not be placed on a page: check the page and line" : null;
}

function periodText(period: IngestPeriod): string {
  if (period.financial_year !== null) {
    return period.quarter === null
      ? period.financial_year
      : `${period.financial_year} ${period.quarter}`;
  }
  if (period.start !== null && period.end !== null) return `${period.start}..${period.end}`;
  return "";
}

function periodNote(period: IngestPeriod): string {
  if (period.basis === "stated") return "";
  if (period.basis === "context") return "Period from the heading or caption above it";
  if (period.basis === "document") return "Period from the year the document is about";
  return "No period found: add one if the figure has one";
}

/**
 * Writes review rows as CSV, header first, one row per line, `\n` line ends.
 *
 * @param rows The rows.
 * @returns The CSV text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatReview, parseReview, REVIEW_COLUMNS } from "./mod.ts";
 * const row = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c, ""]));
 * const rows = [{ ...row, figure: "F1", accept: "yes", label: "Refuge, beds", value: "12" }];
 * assert.deepEqual(parseReview(formatReview(rows as never), "review.csv"), rows);
 * ```
 */
export function formatReview(rows: readonly ReviewRow[]): string {
  return formatCsv(REVIEW_COLUMNS, rows.map((row) => REVIEW_COLUMNS.map((column) => row[column])));
}

/**
 * Reads a review file's text: every column named, no unknown one, one row per line. A
 * byte-order mark, CR-LF line ends (a spreadsheet's) and blank lines are allowed.
 *
 * @param text The CSV text.
 * @param file The file's name, for errors.
 * @returns The rows, in file order.
 * @throws {SyntaxError} For a line that is not CSV (a quote left open) or with the wrong
 *   number of cells, naming the file and line.
 * @throws {TypeError} For an unknown or missing column, naming the file and the column.
 */
export function parseReview(text: string, file: string): ReviewRow[] {
  const lines = text.replace(/^\ufeff/, "").split("\n").map((line) => line.replace(/\r$/, ""));
  const records: { line: number; cells: string[] }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let cells: string[];
    try {
      cells = parseCsvRecords(line)[0] ?? [];
    } catch (error) {
      throw new SyntaxError(
        `Cannot read review file "${file}": line ${i + 1} is not CSV (${(error as Error).message})`,
      );
    }
    records.push({ line: i + 1, cells });
  });
  const header = records.shift()?.cells ?? [];
  const unknown = header.find((name) => !(REVIEW_COLUMNS as readonly string[]).includes(name));
  if (unknown !== undefined) {
    throw new TypeError(
      `Cannot read review file "${file}": unknown column "${unknown}" (the columns are ${
        REVIEW_COLUMNS.join(", ")
      })`,
    );
  }
  const missing = REVIEW_COLUMNS.find((name) => !header.includes(name));
  if (missing !== undefined) {
    throw new TypeError(`Cannot read review file "${file}": the column "${missing}" is missing`);
  }
  return records.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new SyntaxError(
        `Cannot read review file "${file}": line ${line} has ${cells.length} cells, expected ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i]])) as ReviewRow;
  });
}
