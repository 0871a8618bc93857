// Private to lib/ingest: the parts of a table body that are about rows: which rows are stated
// totals or section titles, the period each row names, and the words that label a row.
import type { RawCell } from "./_raw_table.ts";
import type { CellReading } from "./_read_cell.ts";
import { combine, makePeriod, periodWithin } from "./_period.ts";
import { findPeriods } from "./_find_periods.ts";
import type { IngestColumn, IngestPeriod, IngestRow } from "./types.ts";

const GRAND = /^(?:grand|grant|overall|final)\s+totals?\b/i;
const SUB = /^sub[\s-]?totals?\b/i;
const TOTAL = /^totals?\b|\btotals?$/i;
const PERIOD_TYPES = new Set(["financial_year", "quarter", "date"]);

/** The row's role: a stated total, a section title, or an observation. */
export function rowRole(
  row: readonly RawCell[],
  readings: readonly CellReading[],
): IngestRow["role"] {
  const own = row.map((cell, c) => ({ cell, reading: readings[c] }))
    .filter(({ cell }) => cell.text !== "" && !cell.spanned);
  const words =
    own.find(({ reading }) => reading.kind === "text")?.cell.text.replace(/\*\*/g, "") ?? "";
  if (GRAND.test(words)) return "grand_total";
  if (SUB.test(words)) return "subtotal";
  if (TOTAL.test(words)) return "total";
  const single = own.length === 1 && own[0].reading.kind === "text" && row.length > 1;
  return single && row.indexOf(own[0].cell) === 0 ? "section" : "observation";
}

/** The period a row names in its year, quarter and date columns. */
export function rowPeriod(
  readings: readonly CellReading[],
  columns: readonly IngestColumn[],
): IngestPeriod | null {
  let period: IngestPeriod | null = null;
  let quarter: 1 | 2 | 3 | 4 | null = null;
  readings.forEach((reading, c) => {
    // Only a column of periods dates a row: "16 to 17" under "Age group" is an age band.
    if (!PERIOD_TYPES.has(columns[c].type)) return;
    if (reading.kind === "financial_year") {
      period = makePeriod({
        start: reading.year.start,
        end: reading.year.end,
        text: reading.year.label,
      });
    } else if (reading.kind === "date") {
      period = makePeriod({ start: reading.start, end: reading.end, text: reading.start });
    } else if (reading.kind === "year" && columns[c].type === "date") {
      period = makePeriod({
        start: `${reading.year}-01-01`,
        end: `${reading.year}-12-31`,
        text: String(reading.year),
      });
    } else if (reading.kind === "quarter") {
      quarter = reading.quarter;
      if (reading.year) {
        period = periodWithin(reading.year.label, reading.quarter, reading.year.label);
      }
    }
  });
  const found = period as IngestPeriod | null;
  if (quarter !== null && found?.financial_year && !found.quarter) {
    return periodWithin(found.financial_year, quarter, `Q${quarter} ${found.text}`);
  }
  return found;
}

/**
 * The period a column header names ("24/25 Spend", "Q1", "2021", "Referrals 2022/23 — Q1"), or
 * null, and the doubt it was read with (a footnote digit glued on: "2022-233").
 */
export function headerPeriod(
  name: string,
): { period: IngestPeriod | null; warning: string | null } {
  if (/^(?:19|20)\d\d$/.test(name.trim())) {
    const year = name.trim();
    const period = makePeriod({ start: `${year}-01-01`, end: `${year}-12-31`, text: year });
    return { period, warning: null };
  }
  const mentions = findPeriods(name);
  const [first] = mentions;
  if (first === undefined) return { period: null, warning: null };
  // A group heading's year and a column's quarter together date the column.
  const year = mentions.find((m) => m.period.financial_year && !m.period.quarter);
  const quarter = mentions.find((m) => m.period.quarter && !m.period.financial_year);
  const period = year && quarter ? combine(quarter.period, year.period) : first.period;
  return { period, warning: mentions.find((m) => m.warning)?.warning ?? null };
}

/** The words naming what a row is about: its text cells, with short headers as keys. */
export function rowLabel(
  row: readonly RawCell[],
  readings: readonly CellReading[],
  columns: readonly IngestColumn[],
  role: IngestRow["role"] = "observation",
): string {
  const parts: string[] = [];
  if (role !== "observation" && role !== "section") {
    // A total row is named by its own words ("Sub-totals", "TOTAL"), whichever column holds them.
    const words = row.find((cell, c) => cell.text !== "" && readings[c].kind === "text");
    return words ? words.text.replace(/\*\*/g, "") : "";
  }
  row.forEach((cell, c) => {
    if (columns[c].type !== "text" || cell.text === "" || readings[c].kind === "empty") return;
    const key = columns[c].name;
    const text = cell.text.replace(/\*\*/g, "");
    parts.push(key !== "" && key.length <= 25 && key !== text ? `${key}: ${text}` : text);
  });
  return parts.join(", ");
}

/** A column header without the period it names: "24/25 Spend" → "Spend". */
export function measureOf(name: string): string {
  let out = name;
  for (const mention of findPeriods(name).reverse()) {
    out = out.slice(0, mention.from) + out.slice(mention.to);
  }
  // A unit in brackets ("(£000)", "(£ up to)", "(%)") is in the figure's unit, not its label.
  return out.replace(/\((?:£|%)[^)]*\)/g, " ").replace(/^\s*(?:19|20)\d\d\s*$/, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—.-]+|[\s,;:–—-]+$/g, "").trim();
}
