// Private to lib/ingest: what a response says about itself — who wrote it, their reference, the
// date of the reply and of the request, and the financial years it is about. Only what is
// stated is reported; anything not found is null.
import type { TextLine } from "./_lines.ts";
import { MONTH_PATTERN as MONTH } from "../parse/date.ts";
import { readDate } from "./_read_cell.ts";
import { findPeriods } from "./_find_periods.ts";
import { financialYear } from "../parse/financial_year.ts";
import { makePeriod, NO_PERIOD } from "./_period.ts";
import { publisherOf } from "./_publisher.ts";
import type { IngestMetadata, IngestPeriod } from "./types.ts";

const CODE = String.raw`((?:[A-Za-z]{1,8}[\s/-]?)?\d[\w/.-]*\d|\d+)`;
// Most explicit first: "Our ref:", "Reference No:", "Request number", then a bare "FOI 0004-24".
const REFERENCES = [
  // A labelled reference is the rest of its line: "Reference: 2021 – 249 / WE4333". The line's
  // leading marks are stripped before it is tried (see bare()), so the pattern need not skip
  // them: "\W*" then "\s*" would try every split of a long run of spaces.
  new RegExp(
    String
      .raw`^(?:our|your|foi|request|case|decision)?\s*ref(?:erence)?\.?(?:\s+(?:no\.?|number|code|id))?\s*:\s*(\S.{0,38}?\d.{0,38}?)\s*$`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:our|your)\s+ref(?:erence)?\.?(?:\s+(?:no\.?|number))?\s*[:.-]?\s*${CODE}`,
    "i",
  ),
  new RegExp(String.raw`\bref(?:erence)?\.?\s*(?:no\.?|number)?\s*:\s*${CODE}`, "i"),
  new RegExp(
    String.raw`\b(?:request|case)\s+(?:ref(?:erence)?|no\.?|number|id)\s*[:.]?\s*${CODE}`,
    "i",
  ),
  new RegExp(String.raw`\b((?:FOI|FOIA|EIR)[\s/-]?\d[\w/.-]*\d)`, "i"),
];
const DATE = String
  .raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s*,?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}`;
const DATE_LABEL = new RegExp(
  String
    .raw`\b(?:date(?:d)?(?:\s+(?:of\s+(?:response|reply|letter)|responded|sent|published))?|response\s+(?:date|sent)|published|sent)\s*:?\s*(${DATE})`,
  "i",
);
const DATE_ALONE = new RegExp(String.raw`^\W*(?:[A-Z][a-z]+day,?\s+)?(${DATE})\W*$`, "i");
// "… received on 30 October 2024", "your request of 3 April 2024", "your request dated …".
const RECEIVED = new RegExp(
  String
    .raw`\breceived\b[^.]{0,120}?\bon\s+(?:the\s+)?(${DATE})|\byour\s+(?:request|email|letter)\s+(?:of|dated|received on)\s+(?:the\s+)?(${DATE})`,
  "i",
);
const HEAD_LINES = 30;

/** What {@linkcode readMetadata} needs besides the lines. */
export interface MetadataInput {
  source: string;
  format: IngestMetadata["format"];
  /** The lines tables took: their years come from `tableYears` instead. */
  taken: readonly boolean[];
  tableYears: readonly string[];
  lineCount: number;
}

/** The metadata of a document, from its lines. */
export function readMetadata(lines: readonly TextLine[], input: MetadataInput): IngestMetadata {
  const { source, format, taken, tableYears, lineCount } = input;
  const texts = lines.map((line) => line.text.replace(/\*\*|__/g, ""));
  const years = mentionedYears(texts.filter((_, i) => !taken[i]), tableYears);
  return {
    source,
    format,
    publisher: publisherOf(texts),
    reference: firstMatch(texts.slice(0, HEAD_LINES), REFERENCES) ??
      firstMatch(texts, REFERENCES.slice(0, 1)),
    date: responseDate(texts),
    received: dateOf(
      texts.map((t) => RECEIVED.exec(t)).map((m) => m?.[1] ?? m?.[2]).find((d) => d !== undefined),
    ),
    financial_years: [...new Set(years)].sort(),
    period: coveredPeriod(years),
    lines: lineCount,
  };
}

function firstMatch(texts: readonly string[], patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    for (const text of texts) {
      const m = pattern.exec(pattern.source.startsWith("^") ? bare(text) : text);
      if (m) return m[1].replace(/[.,;:]+$/, "").trim();
    }
  }
  return null;
}

function bare(text: string): string {
  return text.replace(/^\W+/, "");
}

function responseDate(texts: readonly string[]): string | null {
  const head = texts.slice(0, HEAD_LINES);
  const labelled = head.map((t) => DATE_LABEL.exec(t)?.[1]).find((d) => d !== undefined);
  const alone = head.map((t) => DATE_ALONE.exec(t.replace(/\*\*/g, ""))?.[1]).find((d) =>
    d !== undefined
  );
  return dateOf(labelled ?? alone);
}

function dateOf(text: string | undefined): string | null {
  return text === undefined
    ? null
    : readDate(text.replace(/(\d)(?:st|nd|rd|th)\b/, "$1"))?.start ?? null;
}

function mentionedYears(texts: readonly string[], tableYears: readonly string[]): string[] {
  const years = [...tableYears];
  for (const text of texts) {
    if (!/\d/.test(text)) continue;
    for (const mention of findPeriods(text)) {
      const { financial_year, start, end } = mention.period;
      // Only a whole financial year counts; a quarter or a date range inside one does not.
      if (financial_year && start?.endsWith("-04-01") && end?.endsWith("-03-31")) {
        years.push(financial_year);
      }
    }
  }
  return years;
}

/**
 * The period the document covers: its one financial year when it names only one, or when two
 * thirds of its mentions of whole financial years name it; else the span of every year named.
 */
function coveredPeriod(years: readonly string[]): IngestPeriod {
  if (years.length === 0) return NO_PERIOD;
  const counts = new Map<string, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, n] = ranked[0];
  const dominant = ranked.length === 1 || n * 3 >= years.length * 2;
  if (dominant) return { ...yearPeriod(top, top), basis: "document" };
  const sorted = [...counts.keys()].sort();
  return { ...yearPeriod(sorted[0], sorted.at(-1)!), basis: "document" };
}

function yearPeriod(first: string, last: string): IngestPeriod {
  const a = financialYear(Number(first.slice(0, 4)));
  const b = financialYear(Number(last.slice(0, 4)));
  return makePeriod({
    start: a.start,
    end: b.end,
    text: first === last ? first : `${first} to ${last}`,
  });
}

/** The one financial year the document is about, for figures that state no period. */
export function documentPeriod(metadata: IngestMetadata): IngestPeriod | null {
  return metadata.period.financial_year ? metadata.period : null;
}
