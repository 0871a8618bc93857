// Private to lib/ingest: the periods a line of text names (financial years, quarters, date and
// month ranges, calendar years, "per annum"), each with its span, so a figure can take the
// nearest one.
import { parseNumberWord } from "../parse/number_word.ts";
import { makePeriod, type PeriodMention, periodWithin } from "./_period.ts";

export type { PeriodMention };
import { likelyTwoDigitYear, readDate, tryYear } from "./_read_cell.ts";
import { type DateSpan, MONTH_PATTERN as MONTH } from "../parse/date.ts";
import type { IngestPeriod } from "./types.ts";
import { claim, claimedNone, isFree, overlapping } from "./_spans.ts";
import { joinSets } from "./_period_sets.ts";

const D = String
  .raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s*,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{4})`;
const RANGE = new RegExp(
  String.raw`\b(?:from\s+|between\s+)?(${D})\s*(?:-|–|—|to|until|and)\s*(${D})(?!\d)`,
  "gi",
);
const SINGLE_MONTH = new RegExp(
  String.raw`\b(?:in|during|for|throughout)\s+(${MONTH}\s+\d{4})\b`,
  "gi",
);
const FY =
  /(?<![\w/.£-])(?:(?:the\s+)?(?:financial\s+year|fin\.?\s*year|FY|year|yr)(?:\s+of)?\s*:?\s*)?(\d{4}|\d{2})\s?([/\-–—]|\s+to\s+)\s?(\d{4}|\d{1,2})(\d?)(?![\w/]|[.,]\d)/gi;
const AGE_AFTER = /^\s*(?:yrs?\.?|years?[\s-]*olds?|year-olds?|olds?|-year)/i;
const QUARTER =
  /\b(?:Q([1-4])|quarter\s+(one|two|three|four|[1-4])|(first|second|third|fourth)\s+quarter)\b/gi;
const CALENDAR =
  /\b(?:in|during|for|throughout|calendar\s+year)\s+((?:19|20)\d{2})\b(?![/\-–]\d)/gi;
const PER_ANNUM =
  /\b(?:per\s+annum|p\.a\.|per\s+year|a\s+year|each\s+year|every\s+year|annually|annual|yearly)\b/gi;
// Ages ("aged 16-17") and references ("pages 12-13") look like two-digit financial years.
const NOT_A_YEAR_BEFORE =
  /\b(?:aged?|ages|between|pages?|pp?\.|sections?|paras?|paragraphs?|items?|questions?|points?|rows?|lines?|nos?\.?)\s*$/i;
const ORDINAL = ["first", "second", "third", "fourth"];
// How far apart a quarter and its year may be written ("Q1 of 2021/22").
const BESIDE = 20;

/** Every period the text names, in order of position. */
export function findPeriods(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  const claimed = claimedNone(text.length);
  const add = (m: PeriodMention) => {
    if (!isFree(claimed, m.from, m.to)) return;
    claim(claimed, m.from, m.to);
    found.push(m);
  };
  ranges(text).forEach(add);
  const years = financialYears(text).filter((y) => isFree(claimed, y.from, y.to));
  const quarterMentions = quarters(text, years);
  // A quarter written with its year ("Q1 2021/22") is one mention, not two.
  const inQuarters = claimedNone(text.length);
  for (const q of quarterMentions) claim(inQuarters, q.from, q.to);
  quarterMentions.forEach(add);
  years.filter((y) => isFree(inQuarters, y.from, y.to)).forEach(add);
  for (const m of text.matchAll(SINGLE_MONTH)) {
    const month = readDate(m[1]);
    if (month) add(mention(m, makePeriod({ ...month, text: m[0] })));
  }
  for (const m of text.matchAll(CALENDAR)) {
    add(mention(m, makePeriod({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, text: m[0] })));
  }
  return joinSets(text, found.sort((a, b) => a.from - b.from));
}

/** The spans of the words that make a figure yearly. */
export function findPerAnnum(text: string): { from: number; to: number }[] {
  return [...text.matchAll(PER_ANNUM)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

function mention(m: RegExpMatchArray, period: IngestPeriod, warning: string | null = null) {
  return { from: m.index!, to: m.index! + m[0].length, period, warning };
}

function ranges(text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(RANGE)) {
    const end = readDate(m[2]);
    const start = end ? readStart(m[1], end) : null;
    if (start && end && start.start <= end.end) {
      out.push(mention(m, makePeriod({ start: start.start, end: end.end, text: m[0] })));
    }
  }
  return out;
}

// "1 April – 31 December 2015": a start without a year takes the end's year (or the year
// before, when its month comes later than the end's).
function readStart(text: string, end: DateSpan): DateSpan | null {
  const direct = readDate(text);
  if (direct) return direct;
  const m = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})$`, "i").exec(text.trim());
  if (!m) return null;
  const endYear = +end.end.slice(0, 4);
  const sameYear = readDate(`${m[1]} ${m[2]} ${endYear}`);
  const later = sameYear !== null && sameYear.start.slice(5, 7) > end.end.slice(5, 7);
  return later ? readDate(`${m[1]} ${m[2]} ${endYear - 1}`) : sameYear;
}

function financialYears(text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(FY)) {
    const to = m.index + m[0].length;
    if (AGE_AFTER.test(text.slice(to, to + 20))) continue;
    if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const [written, start, joiner, end, extra] = m;
    const year = tryYear(`${start}${joiner}${end}`);
    // In prose, "79/80" or "50/51" is more often a score or a ratio than a year so far back or
    // ahead: two-digit years are read only from 1980 to 2049.
    if (year === null || (start.length === 2 && !likelyTwoDigitYear(year.startYear))) continue;
    const core = written.slice(0, written.length - extra.length);
    const warning = extra
      ? `Read "${written.trim()}" as the financial year ${year.label}: the digit "${extra}" ` +
        `glued to the year looks like a footnote marker`
      : null;
    if (extra && end.length !== 2) continue;
    out.push({
      from: m.index,
      to: m.index + written.length,
      period: makePeriod({ start: year.start, end: year.end, text: core.trim() }),
      warning,
    });
  }
  return out;
}

// The year written right before a quarter ("2021/22 Q1") or right after it ("Q1 of 2021/22").
function yearBeside(
  text: string,
  years: readonly PeriodMention[],
  from: number,
  to: number,
): PeriodMention | undefined {
  const before = overlapping(years, from - BESIDE, from).at(-1);
  const [after] = overlapping(years, to, to + BESIDE);
  if (before && before.to <= from && /^[\s,]*$/.test(text.slice(before.to, from))) return before;
  if (after && after.from >= to && /^[\s,]*(?:of\s+)?$/i.test(text.slice(to, after.from))) {
    return after;
  }
  return undefined;
}

function quarters(text: string, years: PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  const indent = text.length - text.trimStart().length;
  for (const m of text.matchAll(QUARTER)) {
    // "Q1." or "Q1)" opening a line numbers a question; it is not a quarter.
    if (m[1] && m.index === indent && /^[.):]/.test(text[m.index + m[0].length] ?? "")) continue;
    const n = m[1]
      ? +m[1]
      : m[2]
      ? (/\d/.test(m[2]) ? +m[2] : parseNumberWord(m[2]))
      : ORDINAL.indexOf(m[3].toLowerCase()) + 1;
    const end = m.index + m[0].length;
    const year = yearBeside(text, years, m.index, end);
    const fy = year?.period.financial_year ?? null;
    const from = Math.min(m.index, year?.from ?? m.index);
    const to = Math.max(end, year?.to ?? end);
    const period = fy
      ? periodWithin(fy, n as 1 | 2 | 3 | 4, text.slice(from, to))
      : { ...makePeriod({ text: m[0] }), quarter: `Q${n}` };
    out.push({ from, to, period, warning: year?.warning ?? null });
  }
  return out;
}
