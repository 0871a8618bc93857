// Private to tests/ingest: scoring ingest() against an answer key the way issue 12 measures it.
// A figure is right when its value (and unit) is, its label names what the key says it is about,
// and its period is the key's. Recall is the share of the key found right; precision the share of
// the emitted figures with a right value that also have a right label and period.
import type { FigureUnit, IngestFigure } from "../../lib/ingest/mod.ts";

/** What a figure is about, as a reader would accept it: every group must have one of its terms. */
export type LabelTerms = string[][];

/** The period a figure is for; a field left out is not checked. */
export interface ExpectedPeriod {
  financial_year?: string | null;
  quarter?: string | null;
  start?: string;
  end?: string;
  per_annum?: boolean;
}

/** One figure of an answer key. */
export interface Expected {
  source: string;
  line: number;
  /** The value; null for a withheld one. */
  value: number | null;
  unit: FigureUnit;
  label: LabelTerms;
  /** Null when the document states no period for it (then any period is accepted). */
  period: ExpectedPeriod | null;
}

/** How ingest() did against a key. */
export interface Score {
  expected: number;
  /** Key figures found with the right value. */
  valueFound: number;
  /** Key figures found with the right value, label and period. */
  right: number;
  /** Emitted figures whose value matches a key figure. */
  emittedRight: number;
  /** Of those, the ones whose label and period are right too. */
  emittedLabelled: number;
  /** Each key figure not found right, and why, for reading a failure. */
  misses: string[];
}

/** A label as compared: lower case, "&" as "and", apostrophes dropped, other marks as spaces. */
export function normalise(text: string): string {
  return ` ${
    text.toLowerCase().replace(/&/g, " and ").replace(/['’]/g, "").replace(/[^a-z0-9]+/g, " ")
      .trim()
  } `;
}

/** True when every group of terms has one term in the label, as whole words. */
export function labelMatches(label: string, terms: LabelTerms): boolean {
  const text = normalise(label);
  return terms.every((group) => group.some((term) => text.includes(normalise(term))));
}

/** True when the figure's period agrees with every field the key gives. */
export function periodMatches(figure: IngestFigure, period: ExpectedPeriod | null): boolean {
  if (period === null) return true;
  const p = figure.period;
  return (period.financial_year === undefined || p.financial_year === period.financial_year) &&
    (period.quarter === undefined || p.quarter === period.quarter) &&
    (period.start === undefined || p.start === period.start) &&
    (period.end === undefined || p.end === period.end) &&
    (period.per_annum === undefined || p.per_annum === period.per_annum);
}

function sameValue(figure: IngestFigure, key: Expected): boolean {
  const cited = figure.line === key.line || figure.also.some((a) => a.line === key.line);
  return figure.source === key.source && cited && figure.unit === key.unit &&
    (key.value === null ? figure.suppressed : figure.value === key.value);
}

function isRight(figure: IngestFigure, key: Expected): boolean {
  return labelMatches(figure.label, key.label) && periodMatches(figure, key.period);
}

/** Scores the figures (of any number of documents) against a key. */
export function score(figures: readonly IngestFigure[], key: readonly Expected[]): Score {
  const misses: string[] = [];
  let valueFound = 0;
  let right = 0;
  for (const k of key) {
    const found = figures.filter((f) => sameValue(f, k));
    if (found.length > 0) valueFound++;
    if (found.some((f) => isRight(f, k))) {
      right++;
      continue;
    }
    const seen = found.map((f) => `"${f.label}" ${JSON.stringify(f.period)}`).join(" | ");
    misses.push(`${k.source}:${k.line} ${k.value} ${k.unit}: ${seen || "not found"}`);
  }
  const matched = figures.flatMap((f) => {
    const keys = key.filter((k) => sameValue(f, k));
    return keys.length > 0 ? [{ f, keys }] : [];
  });
  const emittedLabelled = matched.filter(({ f, keys }) => keys.some((k) => isRight(f, k))).length;
  return {
    expected: key.length,
    valueFound,
    right,
    emittedRight: matched.length,
    emittedLabelled,
    misses,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${(100 * part / whole).toFixed(1)}% (${part}/${whole})`;
}

/** The two measures of issue 12, one line each, as the tests print them. */
export function describeScore(name: string, s: Score): string {
  return [
    `${name}: recall with value, label and period ${percent(s.right, s.expected)}`,
    `${name}: precision with label and period (of figures with a right value) ` +
    percent(s.emittedLabelled, s.emittedRight),
  ].join("\n");
}
