import type { IngestFigure, IngestPeriod, SourceSpan } from "./types.ts";

/**
 * The columns of {@linkcode figuresToCsv}'s output, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FIGURE_CSV_COLUMNS } from "./mod.ts";
 * assert.equal(FIGURE_CSV_COLUMNS[0], "source");
 * ```
 */
export const FIGURE_CSV_COLUMNS: readonly string[] = Object.freeze([
  "source",
  "line",
  "start",
  "end",
  "text",
  "value",
  "unit",
  "scale",
  "approximate",
  "bound",
  "suppressed",
  "missing_reason",
  "label",
  "label_source",
  "label_confidence",
  "section",
  "financial_year",
  "quarter",
  "period_start",
  "period_end",
  "per_annum",
  "period_text",
  "period_basis",
  "kind",
  "role",
  "table",
  "row",
  "column",
  "warning",
  "also",
  "parts",
]);

/**
 * Writes figures as CSV (RFC 4180, `\n` line ends), one row per figure, the period's fields
 * flattened into columns, the places a figure is also stated (`also`) and a sentence total's parts
 * (`parts`) as `line:start` separated by semicolons. A null is an empty cell; text holding a comma, quote, line break or
 * edge space is quoted.
 *
 * Text a spreadsheet would run as a formula (a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return: a label `=HYPERLINK(…)`, a figure written `-£5,000`) is written after a single
 * quote and quoted, as OWASP advises for CSV injection; a spreadsheet shows it as text. Numbers
 * are written as numbers (`-5000`), never altered.
 *
 * @param figures Figures from {@linkcode ingest}.
 * @returns The CSV text, header first, ending with a line break.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { figuresToCsv, ingest } from "./mod.ts";
 *
 * const csv = figuresToCsv(ingest("Victim Support £411,834.", { source: "a.txt" }).figures);
 * const [header, row] = csv.trimEnd().split("\n");
 * assert.ok(header.startsWith("source,line,start,end,text,value,unit"));
 * assert.ok(row.startsWith('a.txt,1,15,23,"£411,834",411834,GBP,1,false'));
 * ```
 */
export function figuresToCsv(figures: readonly IngestFigure[]): string {
  const rows = figures.map((f) => FIGURE_CSV_COLUMNS.map((c) => cell(columnOf(f, c))).join(","));
  return [FIGURE_CSV_COLUMNS.join(","), ...rows].join("\n") + "\n";
}

// A column is the figure's field of its name, else its period's (`period_start` is `period.start`);
// `also` and `parts` list their places.
function columnOf(f: IngestFigure, column: string): string | number | boolean | null {
  if (column === "also" || column === "parts") return f[column] === null ? null : spans(f[column]);
  if (column in f) return f[column as keyof IngestFigure] as string | number | boolean | null;
  return f.period[column.replace(/^period_/, "") as keyof IngestPeriod];
}

function spans(list: readonly SourceSpan[]): string | null {
  return list.length === 0 ? null : list.map((s) => `${s.line}:${s.start}`).join(";");
}

// A text cell that a spreadsheet would evaluate: a formula sign, or a tab or return before one.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  const quote = text !== value || /[",\n\r]|^\s|\s$/.test(text);
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}
