import { columnsOf, type Dataset, type RowOf, type RowSchema } from "../datasets/schema.ts";
import { parseCsv } from "./_csv.ts";
import { datasetFile } from "./_dataset_file.ts";
import { DatasetError, type DatasetIssue } from "./dataset_error.ts";

/** Options for {@linkcode parseDataset}. */
export interface ParseDatasetOptions {
  /** The file name to quote in errors; defaults to `data/<name>.csv`. */
  file?: string;
}

/**
 * Decodes a dataset's CSV text into typed rows, validating every cell against the dataset's schema.
 *
 * Every problem — a missing, extra or repeated column, a row with the wrong number of cells, a
 * cell its column cannot decode, a row that breaks a rule across columns — is collected, and one
 * {@linkcode DatasetError} lists them all.
 *
 * @param text The CSV text.
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
  const csv = parseCsv(text, file);
  const columns = Object.keys(columnsOf(dataset));
  const issues: DatasetIssue[] = [];
  const headerIssue = (column: string, message: string) =>
    issues.push({ file, row: null, line: 1, column, value: null, message });
  for (const column of columns) {
    if (!csv.header.includes(column)) headerIssue(column, "Missing column");
  }
  csv.header.forEach((column, i) => {
    if (!columns.includes(column)) headerIssue(column, `Unexpected column ${i + 1}`);
    else if (csv.header.indexOf(column) !== i) headerIssue(column, "Repeated column");
  });
  if (issues.length > 0) throw new DatasetError(dataset.name, issues);

  const rows: RowOf<S>[] = [];
  csv.rows.forEach((cells, i) => {
    const row = i + 1;
    const line = csv.lines[i];
    if (cells.length !== csv.header.length) {
      issues.push({
        file,
        row,
        line,
        column: null,
        value: null,
        message: `Expected ${csv.header.length} cells, got ${cells.length}`,
      });
      return;
    }
    const record = Object.fromEntries(csv.header.map((column, j) => [column, cells[j]]));
    const result = (dataset.schema as RowSchema).safeDecode(record);
    if (result.success) {
      rows.push(result.data as RowOf<S>);
      return;
    }
    for (const issue of result.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : null;
      issues.push({
        file,
        row,
        line,
        column,
        value: column === null ? null : record[column] ?? null,
        message: issue.message,
      });
    }
  });
  if (issues.length > 0) throw new DatasetError(dataset.name, issues);
  return rows;
}
