import { columnsOf, type Dataset, type RowOf, type RowSchema } from "../datasets/schema.ts";
import { formatCsv } from "../io/csv.ts";
import { datasetFile } from "./_dataset_file.ts";
import { DatasetError, type DatasetIssue } from "./dataset_error.ts";

/**
 * Encodes typed rows as a dataset's CSV text, validating each against the schema first.
 *
 * Columns come in the schema's order; an empty cell is null; the text ends with a newline. The
 * output is deterministic, so `data/` diffs clean when nothing changed.
 *
 * @param rows The typed rows.
 * @param dataset The dataset they belong to.
 * @returns The CSV text.
 * @throws {DatasetError} When a row does not match the schema (listing every bad row).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { asbSupport } from "../datasets/mod.ts";
 * import { formatDataset } from "./mod.ts";
 * const csv = formatDataset([{
 *   service: "Victim First", period_start: "2023-10-01", period_end: "2024-09-30",
 *   measure: "referrals", value: 105, unit: "count", approximate: false, bound: null,
 *   missing_reason: null, role: "observation", raw: "105",
 *   seed: "llr_opcc_foi_0017_24_asb_support.txt", line: 51,
 * }], asbSupport);
 * assert.equal(csv.split("\n")[1], "Victim First,2023-10-01,2024-09-30,referrals,105,count,false,,,observation,105,llr_opcc_foi_0017_24_asb_support.txt,51");
 * ```
 */
export function formatDataset<S extends RowSchema>(
  rows: readonly RowOf<S>[],
  dataset: Dataset<S>,
): string {
  const columns = Object.keys(columnsOf(dataset));
  const file = datasetFile(dataset.name);
  const issues: DatasetIssue[] = [];
  const cells: string[][] = [];
  rows.forEach((row, i) => {
    const result = (dataset.schema as RowSchema).safeEncode(row);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = issue.path.length > 0 ? String(issue.path[0]) : null;
        const value = column === null ? null : (row as Record<string, unknown>)[column];
        issues.push({
          file,
          row: i + 1,
          line: i + 2,
          column,
          value: value === null || value === undefined ? null : String(value),
          message: issue.message,
        });
      }
      return;
    }
    const encoded = result.data;
    cells.push(columns.map((column) => encoded[column]));
  });
  if (issues.length > 0) throw new DatasetError(dataset.name, issues);
  return formatCsv(columns, cells);
}
