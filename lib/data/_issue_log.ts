// Private to lib/data: collects a file's problems in bounded memory, keeping the first
// ISSUES_LISTED and counting the rest, and throws them as one DatasetError.
import { DatasetError, type DatasetIssue, ISSUES_LISTED } from "./dataset_error.ts";

/** The problems found in one file so far. */
export class IssueLog {
  readonly listed: DatasetIssue[] = [];
  total = 0;

  /** Records a problem; only the first ISSUES_LISTED are kept. */
  add(issue: DatasetIssue): void {
    this.total++;
    if (this.listed.length < ISSUES_LISTED) this.listed.push(issue);
  }

  /** Throws a DatasetError when any problem was found. */
  throwIfAny(dataset: string): void {
    if (this.total > 0) throw new DatasetError(dataset, this.listed, { total: this.total });
  }
}
