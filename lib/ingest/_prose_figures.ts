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
import { findCountRuns } from "./_count_runs.ts";
import { type Made, markSentenceTotals } from "./_sentence_totals.ts";
import { findPerAnnum, findPeriods } from "./_find_periods.ts";
import { type Hit, type Refusal, withoutOverlaps } from "./_hit.ts";
import { type Label, labelOf } from "./_label.ts";
import { groupsAfter, measureBefore } from "./_ties.ts";
import { confidence } from "./_confidence.ts";
import { locate, maskLinks, type TextLine } from "./_lines.ts";
import { near, sentenceAt, sentenceSpans } from "./_sentences.ts";
import { claim, claimedNone, isFree } from "./_spans.ts";
import type { IngestFigure, IngestPeriod, IngestWarning } from "./types.ts";
import { nearest, periodFor, settingBefore, settings, yearly } from "./_prose_periods.ts";

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
const ENTRY =
  /^\s*(?:(?:[-*+•·]|\d{1,2}[.)]|[ivx]{1,4}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s+)?([^.!?]{1,90}?)\s*(?:[–—:=]|\s-\s)\s*$/i;
// A list entry is a stated total only when it says just that ("Total – £370,500"), not
// "Total amount to be saved by 2020", which need not sum the entries above it.
const TOTAL_ENTRY = /^(?:(?:grand\s+|sub-?|overall\s+)?totals?|sum)(?:\s*\([^)]*\))?$/i;

/** Every figure on the lines outside tables, and what could not be read. */
export function proseFigures(
  input: ProseInput,
): { figures: IngestFigure[]; warnings: IngestWarning[] } {
  const figures: IngestFigure[] = [];
  const warnings: IngestWarning[] = [];
  // A period a sentence sets holds for the rest of its paragraph (not past a blank line, a
  // heading or a list item), unless a sentence states its own.
  let setting: { paragraph: number; period: IngestPeriod | null } = { paragraph: -1, period: null };
  input.lines.forEach((line, i) => {
    if (input.skip[i] || line.text.trim() === "") return;
    const context = input.contexts[i];
    const carried = setting.paragraph === context.paragraph ? setting.period : null;
    const found = lineFigures(input, line, { context, carried });
    setting = { paragraph: context.paragraph, period: found.setting };
    for (const figure of found.figures) figures.push(figure);
    for (const warning of found.warnings) warnings.push(warning);
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
    ...findCountRuns(text),
    ...findDurations(text),
    ...findCounts(text),
  ];
  const claimed = claimedNone(text.length);
  const hits = withoutOverlaps(ordered, claimed);
  const refusals = [...money.refusals, ...percents.refusals]
    .filter((r) => isFree(claimed, r.from, r.to));
  return { hits, refusals };
}

function lineFigures(
  input: ProseInput,
  line: TextLine,
  { context, carried }: { context: LineContext; carried: IngestPeriod | null },
) {
  const text = maskLinks(line.text);
  const { hits, refusals } = scan(text);
  const periods = findPeriods(text);
  const inPeriods = claimedNone(text.length);
  for (const p of periods) claim(inPeriods, p.from, p.to);
  const perAnnum = findPerAnnum(text);
  const scenes = settings(periods, text);
  const spans = sentenceSpans(text);
  const indent = text.length - text.trimStart().length;
  const warnings: IngestWarning[] = refusals.map((r) =>
    warning(input, line, r.from, r.to, r.message)
  );
  const figures: IngestFigure[] = [];
  const year = periods.find((p) => p.period.financial_year && !p.period.quarter)?.period ?? null;
  const following = groupsAfter(text, hits, (at) => sentenceAt(spans, at)[1]);
  let previous: { label: Label; sentence: number } | null = null;
  const made: Made[] = [];
  // "Victims by sex: 61% women 37% men": the run's lead labels each of its figures.
  let runLead: string | null = null;
  for (const h of hits) {
    if (h.unit === "count" && !isFree(inPeriods, h.from, h.to)) continue;
    const sentence = sentenceAt(spans, h.from);
    const reach = near(sentence, h.from, h.to);
    const inRun = following.has(h.from);
    const lead: string | null = h.lead ?? entryLead(text, h, indent) ?? (inRun ? runLead : null);
    runLead = inRun ? lead : null;
    const prior = previous?.sentence === sentence[0] ? previous.label : null;
    const label = labelOf({
      text,
      hit: { ...h, lead },
      sentence,
      reach,
      context,
      previous: prior,
      following: following.get(h.from) ?? null,
    });
    const mention = nearest(periods, h, { sentence, reach }, text);
    const sources = {
      context,
      document: input.document,
      year,
      carried: ownTime(text, sentence) ? null : settingBefore(scenes, sentence[0]) ?? carried,
      perAnnum: yearly(h, perAnnum, text, reach) || mention?.yearly === true,
    };
    // "1,500 calls in both 2019-20 and 2020-21": one figure for each period.
    const dated = mention?.each
      ? mention.each.map((period) => periodFor({ ...mention, period }, sources))
      : [periodFor(mention, sources)];
    const warn = [h.warning, mention?.warning ?? null].filter(Boolean).join("; ") || null;
    const total = TOTAL_ENTRY.test((lead ?? "").replace(/\*\*/g, "").trim()) ||
      measureBefore(text.slice(reach[0], h.from)) === "total";
    const these = dated.map((period) =>
      figure(input, line, h, {
        label,
        period,
        kind: context.list || lead !== null ? "list" : "prose",
        role: total ? "total" : "observation",
        warning: warn,
        section: context.heading,
      })
    );
    for (const f of these) figures.push(f);
    made.push({ from: h.from, to: h.to, unit: h.unit, sentence, figures: these });
    if (warn) warnings.push(warning(input, line, h.from, h.to, warn));
    previous = { label, sentence: sentence[0] };
  }
  markSentenceTotals(text, made);
  return { figures, warnings, setting: settingBefore(scenes, text.length) ?? carried };
}

// "worth up to £2.5m over its 5 years": a sentence that gives its own span takes no other's.
const OWN_TIME =
  /\bover\s+(?:its|the|their|a|this)\s+(?:\w+\s+)?(?:years?|months?|term|life|lifetime|period)\b|\bfor\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years\b/i;

function ownTime(text: string, sentence: readonly [number, number]): boolean {
  return OWN_TIME.test(text.slice(sentence[0], Math.min(sentence[1], sentence[0] + 1000)));
}

// An entry's lead is at most a bullet and 90 characters: a figure further into its line has none.
const ENTRY_REACH = 200;

function entryLead(text: string, h: Hit, indent: number): string | null {
  if (h.from - indent > ENTRY_REACH) return null;
  const before = text.slice(indent, h.from).replace(
    /(?:\b(?:c|circa|about|around|approximately|up to|over|under)\.?\s*)$/i,
    "",
  );
  const m = ENTRY.exec(before);
  // "£1m–£2m": a dash after a figure joins a range; it does not end an entry's label. A lead
  // holding an amount ("A total of £120,000 was allocated to:") is a sentence, not a label.
  if (m === null || /[\d%]\s*[a-z]{0,3}\s*(?:[–—:=-])\s*$/i.test(before) || /[£%]/.test(m[1])) {
    return null;
  }
  return m[1].trim();
}

interface Meaning extends Pick<IngestFigure, "period" | "kind" | "role" | "warning" | "section"> {
  label: Label;
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
    label: meaning.label.label,
    label_source: meaning.label.source,
    label_confidence: confidence(meaning.label.source),
    section: meaning.section,
    period: meaning.period,
    kind: meaning.kind,
    role: meaning.role,
    table: null,
    row: null,
    column: null,
    warning: meaning.warning,
    also: [],
    parts: null,
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
