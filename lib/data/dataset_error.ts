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
 * A dataset file that does not match its schema. Every problem is counted; the first
 * {@linkcode ISSUES_LISTED} are listed, so a file that is bad throughout gives a short message.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DatasetError } from "./dataset_error.ts";
 * const error = new DatasetError("x", [
 *   { file: "x.csv", row: 2, line: 3, column: "value", value: "12,34", message: "Expected a number" },
 * ], { total: 1201 });
 * assert.ok(error instanceof TypeError);
 * assert.match(error.message, /^Cannot load dataset "x" from x.csv: 1,201 problems/);
 * assert.match(error.message, /line 3 \(row 2\), column "value": "12,34": Expected a number/);
 * assert.match(error.message, /and 1,200 more$/);
 * ```
 */
export class DatasetError extends TypeError {
  /** The problems listed, in file order: the first {@linkcode ISSUES_LISTED} at most. */
  readonly issues: readonly DatasetIssue[];
  /** How many problems were found in all. */
  readonly total: number;

  /**
   * Lists the problems in one message.
   *
   * @param dataset The dataset's name.
   * @param issues The problems to list (the first ones found).
   * @param options How many there are in all, when more were found than listed.
   */
  constructor(
    dataset: string,
    issues: readonly DatasetIssue[],
    options: { total?: number } = {},
  ) {
    const total = Math.max(options.total ?? issues.length, issues.length);
    const file = issues[0]?.file ?? dataset;
    const lines = issues.map(formatIssue);
    if (total > issues.length) lines.push(`and ${count(total - issues.length)} more`);
    super(
      `Cannot load dataset "${dataset}" from ${file}: ${count(total)} ` +
        `problem${total === 1 ? "" : "s"}\n  ${lines.join("\n  ")}`,
    );
    this.name = "DatasetError";
    this.issues = issues;
    this.total = total;
  }
}

/** How many problems a {@linkcode DatasetError} lists; the rest are counted. */
export const ISSUES_LISTED = 20;

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

function formatIssue(issue: DatasetIssue): string {
  const where = issue.row === null
    ? `line ${issue.line} (header)`
    : `line ${issue.line} (row ${issue.row})`;
  const column = issue.column === null ? "" : `, column "${issue.column}"`;
  const value = issue.value === null ? "" : `: "${issue.value}"`;
  return `${where}${column}${value}: ${issue.message}`;
}
