import { columnsOf, type Dataset, type RowOf, type RowSchema } from "../datasets/schema.ts";
import { type CsvLine, csvLines } from "../io/csv.ts";
import { datasetFile } from "./_dataset_file.ts";
import { IssueLog } from "./_issue_log.ts";

/** Options for {@linkcode parseDataset}. */
export interface ParseDatasetOptions {
  /** The file name to quote in errors; defaults to `data/<name>.csv`. */
  file?: string;
}

/**
 * Decodes a dataset's CSV text into typed rows, validating every cell against the dataset's schema.
 *
 * Every problem is collected — a missing, extra or repeated column, a blank line or a quote that
 * does not close on its line, a row with the wrong number of cells, a cell its column cannot
 * decode (a control character, a formula-leading text, a number that does not read back as
 * written, a negative amount), a row that breaks a rule across columns, a row that repeats an
 * earlier one, a file with no rows — and one {@linkcode DatasetError} lists the first of them and
 * counts the rest.
 *
 * @param text The CSV text (a byte-order mark at the start is ignored).
 * @param dataset The dataset whose schema the file must match.
 * @param options Where the text came from, for error messages.
 * @returns The typed rows, in file order.
 * @throws {DatasetError} When any row or the header does not match the schema.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { asbSupport } from "../datasets/mod.ts";
 * import { parseDataset } from "./mod.ts";
 * const text = await Deno.readTextFile(new URL("../../data/asb_support.csv", import.meta.url));
 * const rows = parseDataset(text, asbSupport);
 * assert.equal(rows[0].value, 105);
 * ```
 */
export function parseDataset<S extends RowSchema>(
  text: string,
  dataset: Dataset<S>,
  options: ParseDatasetOptions = {},
): RowOf<S>[] {
  const file = options.file ?? datasetFile(dataset.name);
  const issues = new IssueLog();
  const lines = csvLines(text.startsWith("\ufeff") ? text.slice(1) : text);
  const first = lines.next();
  const head: CsvLine = first.done ? { line: 1, error: "Empty file, with no header" } : first.value;
  if (head.cells === undefined) {
    issues.add({ file, row: null, line: 1, column: null, value: null, message: head.error });
  } else {
    checkHeader(head.cells, Object.keys(columnsOf(dataset)), (column, message) => {
      issues.add({ file, row: null, line: 1, column, value: null, message });
    });
  }
  issues.throwIfAny(dataset.name);
  const header = head.cells!;

  const schema = dataset.schema as RowSchema;
  const rows: RowOf<S>[] = [];
  const seen = new Map<string, number>();
  let row = 0;
  for (const { line, cells, error } of lines) {
    row++;
    const problem = (message: string, column: string | null = null, value: string | null = null) =>
      issues.add({ file, row, line, column, value, message });
    if (cells === undefined) {
      problem(error);
      continue;
    }
    if (cells.length !== header.length) {
      problem(`Expected ${header.length} cells, got ${cells.length}`);
      continue;
    }
    const key = JSON.stringify(cells);
    const earlier = seen.get(key);
    if (earlier !== undefined) problem(`Duplicates line ${earlier}`);
    else seen.set(key, line);
    const record = Object.fromEntries(header.map((column, j) => [column, cells[j]]));
    const result = schema.safeDecode(record);
    if (result.success) {
      rows.push(result.data as RowOf<S>);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : null;
      problem(issue.message, column, column === null ? null : record[column] ?? null);
    }
  }
  if (row === 0) {
    issues.add({
      file,
      row: null,
      line: 1,
      column: null,
      value: null,
      message: "The file has a header but no rows",
    });
  }
  issues.throwIfAny(dataset.name);
  return rows;
}

function checkHeader(
  header: readonly string[],
  columns: readonly string[],
  problem: (column: string, message: string) => void,
): void {
  for (const column of columns) {
    if (!header.includes(column)) problem(column, "Missing column");
  }
  header.forEach((column, i) => {
    if (!columns.includes(column)) problem(column, `Unexpected column ${i + 1}`);
    else if (header.indexOf(column) !== i) problem(column, "Repeated column");
  });
}
