/** One problem found in a dataset file. */
export interface DatasetIssue {
  /** The file, as given to the reader. */
  file: string;
  /** The 1-based data row (the header is row 0), or null for a problem with the header. */
  row: number | null;
  /** The 1-based file line the row starts on. */
  line: number;
  /** The column, or null for a problem with the whole row. */
  column: string | null;
  /** The offending cell text, or null when there is none. */
  value: string | null;
  /** What is wrong, as zod or the reader says it. */
  message: string;
}

/**
 * A dataset file that does not match its schema. Every bad row is listed, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DatasetError } from "./dataset_error.ts";
 * const error = new DatasetError("x", [
 *   { file: "x.csv", row: 2, line: 3, column: "value", value: "12,34", message: "Expected a number" },
 * ]);
 * assert.ok(error instanceof TypeError);
 * assert.match(error.message, /line 3 \(row 2\), column "value": "12,34": Expected a number/);
 * ```
 */
export class DatasetError extends TypeError {
  /** Every problem found, in file order. */
  readonly issues: readonly DatasetIssue[];

  /**
   * Lists every problem in one message.
   *
   * @param dataset The dataset's name.
   * @param issues Every problem found.
   */
  constructor(dataset: string, issues: readonly DatasetIssue[]) {
    const file = issues[0]?.file ?? dataset;
    const lines = issues.map(formatIssue);
    super(
      `Cannot load dataset "${dataset}" from ${file}: ${issues.length} ` +
        `problem${issues.length === 1 ? "" : "s"}\n  ${lines.join("\n  ")}`,
    );
    this.name = "DatasetError";
    this.issues = issues;
  }
}

function formatIssue(issue: DatasetIssue): string {
  const where = issue.row === null
    ? `line ${issue.line} (header)`
    : `line ${issue.line} (row ${issue.row})`;
  const column = issue.column === null ? "" : `, column "${issue.column}"`;
  const value = issue.value === null ? "" : `: "${issue.value}"`;
  return `${where}${column}${value}: ${issue.message}`;
}
