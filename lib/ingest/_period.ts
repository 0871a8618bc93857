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

/** The smallest period covering all the given ones (null when none has days). */
export function spanOf(
  periods: readonly IngestPeriod[],
  basis: IngestPeriod["basis"],
): IngestPeriod | null {
  const dated = periods.filter((p) => p.start !== null && p.end !== null);
  if (dated.length === 0) return null;
  const start = dated.map((p) => p.start!).sort()[0];
  const end = dated.map((p) => p.end!).sort().at(-1)!;
  const texts = [...new Set(dated.map((p) => p.text).filter((t) => t !== null))];
  const text = texts.length <= 1 ? texts[0] ?? null : `${texts[0]} to ${texts.at(-1)}`;
  return { ...makePeriod({ start, end, text }), basis };
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
