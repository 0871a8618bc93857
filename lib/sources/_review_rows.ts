// Private to lib/sources: a review file's accepted rows as a user dataset's typed rows, every
// problem named by its row, line and field. The one conversion: `deno task add --accept` writes
// its result to data/, and `deno task reproduce` compares data/ with it.
import { userDataset, UserDatasetRow } from "../datasets/user_dataset.ts";
import { formatDataset } from "../data/format_dataset.ts";
import { verifyProvenance } from "../data/verify_provenance.ts";
import type { SourceInfo } from "../data/sources_manifest.ts";
import { placeKey, placeTexts, type SourceText } from "./_document_text.ts";
import { type ReviewColumn, type ReviewRow } from "./review_file.ts";

/** A problem in a review file: its row (1-based, header excluded), field and what is wrong. */
export interface ReviewProblem {
  row: number;
  field: ReviewColumn;
  message: string;
}

const PERIOD_FIELDS = ["financial_year", "quarter", "period_start", "period_end"];
const TOTALS = new Set(["total", "subtotal", "grand_total"]);

/** The accepted rows as typed dataset rows, or every problem found. */
export function reviewRows(
  review: readonly ReviewRow[],
  entry: SourceInfo,
  source: SourceText,
): { rows: UserDatasetRow[]; problems: ReviewProblem[] } {
  const problems: ReviewProblem[] = [];
  const rows: UserDatasetRow[] = [];
  const numbers: number[] = [];
  review.forEach((cells, i) => {
    const problem = (field: ReviewColumn, message: string) =>
      problems.push({ row: i + 1, field, message });
    if (cells.accept !== "yes" && cells.accept !== "no") {
      problem("accept", `Expected yes or no, got "${cells.accept}"`);
      return;
    }
    if (cells.accept === "no") return;
    const period = readPeriod(cells.period);
    if (typeof period === "string") {
      problem("period", period);
      return;
    }
    const decoded = UserDatasetRow.safeDecode({
      figure: cells.figure,
      label: cells.label,
      section: cells.section,
      ...period,
      part_of: cells.part_of.trim().replace(/\s+/g, " "),
      page: cells.page,
      value: cells.value,
      unit: cells.unit,
      approximate: cells.approximate,
      bound: cells.bound,
      missing_reason: cells.missing_reason,
      role: cells.role,
      raw: cells.raw,
      seed: entry.file,
      line: cells.line,
    });
    if (!decoded.success) {
      for (const issue of decoded.error.issues) {
        const column = String(issue.path[0] ?? "value");
        problem(
          (PERIOD_FIELDS.includes(column) ? "period" : column) as ReviewColumn,
          issue.message,
        );
      }
      return;
    }
    rows.push(decoded.data);
    numbers.push(i + 1);
  });
  crossChecks(rows, numbers, problems);
  const texts = placeTexts(entry.file, source);
  for (const issue of safeProvenance(rows, texts)) {
    problems.push({ row: numbers[issue.row - 1], field: "raw", message: issue.message });
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

function crossChecks(rows: UserDatasetRow[], numbers: number[], problems: ReviewProblem[]) {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const earlier = seen.get(row.figure);
    if (earlier !== undefined) {
      problems.push({
        row: numbers[i],
        field: "figure",
        message: `The figure id "${row.figure}" is already used by row ${earlier}`,
      });
    }
    seen.set(row.figure, numbers[i]);
  });
  const totals = new Set(rows.filter((r) => TOTALS.has(r.role)).map((r) => r.figure));
  rows.forEach((row, i) => {
    for (const id of (row.part_of ?? "").split(" ").filter((id) => id !== "")) {
      if (totals.has(id)) continue;
      problems.push({
        row: numbers[i],
        field: "part_of",
        message: `"${id}" is not an accepted total (role total, subtotal or grand_total)`,
      });
    }
  });
}

// verifyProvenance reads each raw text as a figure; a text that is no figure at all is a problem
// of that row, not a crash. Its messages name the line; ours name the page and file too.
function safeProvenance(rows: UserDatasetRow[], texts: Map<string, string>) {
  return rows.flatMap((row, i) => {
    const at = `${row.page === null ? "" : `page ${row.page}, `}line ${row.line} of ${row.seed}`;
    let issues;
    try {
      issues = verifyProvenance([{ ...row, seed: placeKey(row.seed, row.page) }], texts);
    } catch (error) {
      return [{ row: i + 1, message: (error as Error).message }];
    }
    return issues.map((issue) => ({
      row: i + 1,
      message: issue.message.replace(/^No line \d+ in seed ".*"$/, `There is no ${at}`)
        .replace(/ is not on line \d+$/, ` is not on ${at}`),
    }));
  });
}

/** A review cell's period as the dataset's columns, or what is wrong with it. */
type PeriodCells = Record<"financial_year" | "quarter" | "period_start" | "period_end", string>;

function readPeriod(text: string): PeriodCells | string {
  const empty = { financial_year: "", quarter: "", period_start: "", period_end: "" };
  const trimmed = text.trim();
  if (trimmed === "") return empty;
  const year = /^(\d{4}-\d{2})(?: (Q[1-4]))?$/.exec(trimmed);
  if (year) return { ...empty, financial_year: year[1], quarter: year[2] ?? "" };
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(trimmed);
  if (range) return { ...empty, period_start: range[1], period_end: range[2] };
  return `Expected a period such as 2023-24, 2023-24 Q2 or 2024-04-01..2024-09-30, or none, ` +
    `got "${text}"`;
}

/** The dataset's CSV text, as `data/<id>.csv` holds it. */
export function datasetText(entry: SourceInfo, rows: readonly UserDatasetRow[], title: string) {
  return formatDataset(rows, userDataset({ ...entry, name: entry.id, title }));
}

/** Problems as the lines of an error message: the first 20, and how many more. */
export function problemLines(problems: readonly ReviewProblem[]): string {
  const shown = problems.slice(0, 20).map((p) =>
    `  row ${p.row} (line ${p.row + 1}), field "${p.field}": ${p.message}`
  );
  const more = problems.length - shown.length;
  return [...shown, ...(more > 0 ? [`  and ${more} more`] : [])].join("\n");
}
