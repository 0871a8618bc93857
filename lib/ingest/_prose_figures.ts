// Private to lib/ingest: the figures of the lines outside tables. Each line is scanned for money,
// percentages, withheld values, labelled counts, lengths and counts, in that order of priority
// (an amount is never also read as a count); each figure then takes the nearest period in its
// sentence and a label from its words or its surroundings.
import { type LineContext } from "./_context.ts";
import { findMoney } from "./_find_money.ts";
import { findPercents } from "./_find_percent.ts";
import { findCounts } from "./_find_counts.ts";
import { findDurations } from "./_find_durations.ts";
import { findStated } from "./_find_stated.ts";
import { findPerAnnum, findPeriods, type PeriodMention } from "./_find_periods.ts";
import { type Hit, type Refusal, withoutOverlaps } from "./_hit.ts";
import { labelOf } from "./_label.ts";
import { locate, maskLinks, type TextLine } from "./_lines.ts";
import { sentenceAt, sentenceSpans } from "./_sentences.ts";
import type { IngestFigure, IngestPeriod, IngestWarning } from "./types.ts";
import { combine, NO_PERIOD } from "./_period.ts";

/** What the prose reader needs besides the lines. */
export interface ProseInput {
  source: string;
  starts: number[];
  lines: readonly TextLine[];
  skip: readonly boolean[];
  contexts: readonly LineContext[];
  document: IngestPeriod | null;
}

// A short lead, a dash or colon, then the figure: "Victim First – £500,000", "2004-05—£310,000".
const BASELINE = /\b(?:than|compared\s+(?:to|with)|versus|vs\.?|since)\s+(?:in\s+|the\s+)?$/i;
const ENTRY = /^\s*(?:[-*+•·]\s+)?([^.!?]{1,90}?)\s*(?:[–—:=]|\s-\s)\s*$/;

/** Every figure on the lines outside tables, and what could not be read. */
export function proseFigures(
  input: ProseInput,
): { figures: IngestFigure[]; warnings: IngestWarning[] } {
  const figures: IngestFigure[] = [];
  const warnings: IngestWarning[] = [];
  input.lines.forEach((line, i) => {
    if (input.skip[i] || line.text.trim() === "") return;
    const found = lineFigures(input, line, input.contexts[i]);
    figures.push(...found.figures);
    warnings.push(...found.warnings);
  });
  return { figures, warnings };
}

function scan(text: string): { hits: Hit[]; refusals: Refusal[] } {
  const money = findMoney(text);
  const percents = findPercents(text);
  const ordered = [
    ...money.hits,
    ...percents.hits,
    ...findStated(text),
    ...findDurations(text),
    ...findCounts(text),
  ];
  const hits = withoutOverlaps(ordered);
  const refusals = [...money.refusals, ...percents.refusals]
    .filter((r) => hits.every((h) => r.to <= h.from || r.from >= h.to));
  return { hits, refusals };
}

function lineFigures(input: ProseInput, line: TextLine, context: LineContext) {
  const text = maskLinks(line.text);
  const { hits, refusals } = scan(text);
  const periods = findPeriods(text);
  const perAnnum = findPerAnnum(text);
  const spans = sentenceSpans(text);
  const warnings: IngestWarning[] = refusals.map((r) =>
    warning(input, line, r.from, r.to, r.message)
  );
  const figures: IngestFigure[] = [];
  let previous: { label: string; sentence: number } | null = null;
  for (const h of hits) {
    if (h.unit === "count" && periods.some((p) => h.from < p.to && h.to > p.from)) continue;
    const sentence = sentenceAt(spans, h.from);
    const lead = h.lead ?? entryLead(text, h);
    const withLead = lead === h.lead ? h : { ...h, lead };
    const prior = previous?.sentence === sentence[0] ? previous.label : null;
    const label = labelOf({ text, hit: withLead, sentence, context, previous: prior });
    const mention = nearest(periods, h, sentence, text);
    const year = periods.find((p) => p.period.financial_year && !p.period.quarter)?.period ?? null;
    const period = periodFor(mention, input, context, yearly(h, perAnnum, text, sentence), year);
    const warn = [h.warning, mention?.warning ?? null].filter(Boolean).join("; ") || null;
    const kind = context.list || (lead !== null && h.lead === null) || h.lead !== null
      ? "list"
      : "prose";
    const role = /^(?:grand\s+|sub-?)?totals?\b/i.test(lead ?? "") ? "total" : "observation";
    figures.push(
      figure(input, line, h, {
        label,
        period,
        kind,
        role,
        warning: warn,
        section: context.heading,
      }),
    );
    if (warn) warnings.push(warning(input, line, h.from, h.to, warn));
    previous = { label, sentence: sentence[0] };
  }
  return { figures, warnings };
}

function entryLead(text: string, h: Hit): string | null {
  const before = text.slice(0, h.from).replace(
    /(?:\b(?:c|circa|about|around|approximately|up to|over|under)\.?\s*)$/i,
    "",
  );
  const m = ENTRY.exec(before);
  return m ? m[1].trim() : null;
}

// The period nearest the figure in its clause, else in its sentence. A period a comparison is
// made against ("12% more than in 2021/22") is the baseline, not the figure's period.
function nearest(
  periods: PeriodMention[],
  h: Hit,
  sentence: [number, number],
  text: string,
): PeriodMention | null {
  const own = periods.filter((p) =>
    !(p.from < h.to && p.to > h.from) &&
    !BASELINE.test(text.slice(Math.max(0, p.from - 30), p.from))
  );
  const clauseFrom = Math.max(
    sentence[0],
    ...[", ", "; "].map((s) => text.lastIndexOf(s, h.from) + 1),
  );
  const ends = [", ", "; "].map((s) => text.indexOf(s, h.to)).filter((k) => k >= 0);
  const clauseTo = Math.min(sentence[1], ...ends);
  return closest(own, h, [clauseFrom, clauseTo]) ?? closest(own, h, sentence);
}

function closest(
  periods: PeriodMention[],
  h: Hit,
  [from, to]: [number, number],
): PeriodMention | null {
  let best: PeriodMention | null = null;
  let distance = Infinity;
  for (const p of periods) {
    if (p.to <= from || p.from >= to) continue;
    const d = p.from >= h.to ? p.from - h.to : h.from - p.to;
    if (d < distance) [best, distance] = [p, d];
  }
  return best;
}

// "per annum" right after the figure, or yearly words in the same clause ("Annual cost £372,000").
function yearly(
  h: Hit,
  perAnnum: { from: number; to: number }[],
  text: string,
  sentence: [number, number],
): boolean {
  if (h.perAnnum) return true;
  if (h.unit !== "GBP" && h.unit !== "count") return false;
  const clauseStart = Math.max(
    sentence[0],
    text.lastIndexOf(",", h.from) + 1,
    text.lastIndexOf(";", h.from) + 1,
  );
  const next = [text.indexOf(",", h.to), text.indexOf(";", h.to), sentence[1]].filter((k) =>
    k >= 0
  );
  const clauseEnd = Math.min(...next);
  // "Annual cost £372,000" is yearly, "27% of the annual budget" is not: "annual" counts only
  // before the figure, "per annum" and "a year" anywhere in its clause.
  return perAnnum.some((p) =>
    p.from >= clauseStart && p.to <= clauseEnd &&
    (p.to <= h.from || !/^(?:annual|yearly)$/i.test(text.slice(p.from, p.to)))
  );
}

function periodFor(
  mention: PeriodMention | null,
  input: ProseInput,
  context: LineContext,
  perAnnum: boolean,
  year: IngestPeriod | null,
): IngestPeriod {
  const stated = mention?.period ?? null;
  const heading = headingPeriod(context);
  const document = input.document ? { ...input.document, basis: "document" as const } : null;
  // "Q1: 352" takes its year from the line, the heading or the document.
  const dated = stated?.quarter && !stated.financial_year
    ? combine(stated, year ?? heading ?? document ?? stated)
    : stated;
  const base = dated ?? heading ?? document ?? NO_PERIOD;
  return { ...base, per_annum: perAnnum };
}

// A heading or the line introducing a list ("Funding allocated in 2023/24:") dates what is below.
function headingPeriod(context: LineContext): IngestPeriod | null {
  for (const text of [context.list ? context.listHeading : null, context.heading]) {
    const found = findPeriods(text ?? "")[0];
    if (found) return { ...found.period, basis: "context" };
  }
  return null;
}

interface Meaning {
  label: string;
  period: IngestPeriod;
  kind: IngestFigure["kind"];
  role: IngestFigure["role"];
  warning: string | null;
  section: string | null;
}

function figure(input: ProseInput, line: TextLine, h: Hit, meaning: Meaning): IngestFigure {
  const at = locate(input.starts, line, h.from, h.to);
  return {
    source: input.source,
    ...at,
    text: line.text.slice(h.from, h.to),
    value: h.value,
    unit: h.unit,
    scale: h.scale,
    approximate: h.approximate,
    bound: h.bound,
    suppressed: h.suppressed,
    missing_reason: h.missing_reason,
    label: meaning.label,
    section: meaning.section,
    period: meaning.period,
    kind: meaning.kind,
    role: meaning.role,
    table: null,
    row: null,
    column: null,
    warning: meaning.warning,
  };
}

function warning(
  input: ProseInput,
  line: TextLine,
  from: number,
  to: number,
  message: string,
): IngestWarning {
  const at = locate(input.starts, line, from, to);
  return { source: input.source, line: at.line, text: line.text.slice(from, to), message };
}
