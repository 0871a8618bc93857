// Private to lib/ingest: building the period of a figure, so every period has the same fields
// and a financial year whenever its days lie within one.
import { financialYearOf } from "../parse/financial_year_of.ts";
import { parseQuarter } from "../parse/quarter.ts";
import type { IngestPeriod } from "./types.ts";

/** No period. */
export const NO_PERIOD: IngestPeriod = Object.freeze({
  financial_year: null,
  quarter: null,
  start: null,
  end: null,
  per_annum: false,
  text: null,
  basis: null,
});

/** A period from its days (and text); the financial year is filled in when the days share one. */
export function makePeriod(
  fields: Partial<IngestPeriod> & { start?: string | null; end?: string | null },
): IngestPeriod {
  const period: IngestPeriod = { ...NO_PERIOD, basis: "stated", ...fields };
  if (period.financial_year === null && period.start && period.end) {
    const first = financialYearOf(period.start).label;
    if (first === financialYearOf(period.end).label) period.financial_year = first;
  }
  return period;
}

/** Quarter `n` of a financial year (label `2021-22`), as a period. */
export function periodWithin(year: string, n: 1 | 2 | 3 | 4, text: string): IngestPeriod {
  const quarter = parseQuarter(`Q${n}`, year);
  return makePeriod({
    financial_year: year,
    quarter: quarter.label,
    start: quarter.start,
    end: quarter.end,
    text,
  });
}

/**
 * The smallest period covering periods added one at a time (a table's total covers the rows
 * above it: adding each row as it is passed keeps a long table linear). Its text runs from the
 * first period's words to the last new ones ("2024-25 to 2026-27").
 */
export interface Span {
  start: string | null;
  end: string | null;
  texts: Set<string>;
  first: string | null;
  last: string | null;
}

/** A span of no periods yet. */
export function emptySpan(): Span {
  return { start: null, end: null, texts: new Set(), first: null, last: null };
}

/** Adds a period to a span; a period without days adds nothing. */
export function widen(span: Span, period: IngestPeriod | null): void {
  if (period === null || period.start === null || period.end === null) return;
  if (span.start === null || period.start < span.start) span.start = period.start;
  if (span.end === null || period.end > span.end) span.end = period.end;
  if (period.text !== null && !span.texts.has(period.text)) {
    span.texts.add(period.text);
    span.first ??= period.text;
    span.last = period.text;
  }
}

/** The span as a period (null when no period with days was added). */
export function spanPeriod(span: Span, basis: IngestPeriod["basis"]): IngestPeriod | null {
  if (span.start === null || span.end === null) return null;
  const text = span.texts.size <= 1 ? span.first : `${span.first} to ${span.last}`;
  return { ...makePeriod({ start: span.start, end: span.end, text }), basis };
}

/** Adds what a second period says that the first does not (a quarter's year from a row). */
export function combine(first: IngestPeriod, second: IngestPeriod): IngestPeriod {
  if (first.quarter && !first.financial_year && second.financial_year) {
    const n = Number(first.quarter.slice(1)) as 1 | 2 | 3 | 4;
    return {
      ...periodWithin(second.financial_year, n, `${first.text} ${second.text}`),
      basis: first.basis,
    };
  }
  return first.start || first.financial_year ? first : second;
}

/** A period named on a line. */
export interface PeriodMention {
  from: number;
  to: number;
  period: IngestPeriod;
  /** What is odd about how it was written, quoting it (a footnote digit glued to a year). */
  warning: string | null;
  /** Every period a figure it dates holds for ("in both 2019-20 and 2020-21"), when several. */
  each?: readonly IngestPeriod[];
  /** True when the figure holds for each of them yearly ("each year from 2021/22 to 2023/24"). */
  yearly?: boolean;
}
