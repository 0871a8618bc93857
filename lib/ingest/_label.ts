// Private to lib/ingest: what a figure in prose or a list is about. The subject is read from the
// figure's own words when they name one ("Leicester City Council budget for … was £705,672",
// "Victim Support £411,834", "105 referrals"); a general subject ("spend is £639,675") is put
// after the paragraph's topic or the heading ("Community Safety Partnerships: spend").
import type { LineContext } from "./_context.ts";
import type { Hit } from "./_hit.ts";
import { GENERIC_SUBJECTS } from "./_words.ts";
import { nounAfter } from "./_noun_phrase.ts";
import { REACH } from "./_sentences.ts";
import {
  LEADING_DETERMINERS,
  sentenceSubject,
  strongSubject,
  tidy,
  weakSubject,
} from "./_subject.ts";

/** What the label is built from. */
export interface LabelInput {
  text: string;
  hit: Hit;
  sentence: readonly [number, number];
  /** The part of the sentence within reach of the figure (see _sentences.ts). */
  reach: readonly [number, number];
  context: LineContext;
  /** The label of the figure before this one in the same sentence. */
  previous: string | null;
}

const ANSWER = /^(?:answers?|responses?|reply|a\d*|r\d*)$/i;
// Where a list item's opening subject ends: a verb, a clause, the figure, or a period.
const ITEM_END =
  /\s+(?:including|during|for the period|which|that|who|is|was|are|were|has|have|will|totall?ing|totall?ed|amounting|costing|costs?|at a cost|per annum|receives?|[a-z]+ed)\b|[,.;:(–—]|\s-\s|£|\s\d/;
const SHARE =
  /\b(?:which|this|that)\s+(?:represents|is|was|equates to|amounts to)\s*(?:roughly|around|about|approximately)?\s*$/i;

/** The figure's label. */
export function labelOf(input: LabelInput): string {
  const { hit, context } = input;
  const fallback = context.topic ?? context.heading ?? context.listHeading ?? context.question ??
    "";
  if (hit.lead !== null && hit.noun === null) return leadLabel(hit.lead, context, fallback);
  if (hit.noun !== null && hit.unit === "count") {
    return hit.lead === null ? hit.noun : join(tidy(hit.lead), hit.noun);
  }
  if (hit.unit === "years" || hit.unit === "months") {
    // "the three year project" is a project's length; "commissioned for 5 years" the subject's.
    const vague = hit.noun === null || /^(?:periods?|terms?)$/.test(hit.noun);
    const sentence = opening(input);
    const what = (vague ? sentenceSubject(sentence) : null) ?? hit.noun ?? "term";
    return join(context.topic ?? context.heading ?? "", `${what} length`);
  }
  const { text, hit: { from, to }, reach } = input;
  const around = {
    before: text.slice(reach[0], from).replace(/\b(?:c|circa)\.?\s*$/i, ""),
    after: text.slice(to, reach[1]),
    unit: hit.unit,
  };
  // "… of £38,793 and £365,041": a figure joined to the one before shares its subject.
  const joined = input.previous && /[\d%km]\s*(?:and|or|,|-|–|—|to)\s*$/i.test(around.before)
    ? input.previous
    : null;
  const subject = joined ?? shareOf(input) ?? asideOf(around) ?? strongSubject(around) ??
    (context.list ? itemSubject(input) : null) ?? weakSubject(around) ??
    (hit.unit === "percent" ? input.previous : null) ??
    sentenceSubject(opening(input));
  if (subject === null || subject === "") return fallback;
  return isGeneric(subject) && fallback !== "" ? join(fallback, subject) : subject;
}

// The start of the figure's sentence, where its grammatical subject is.
function opening({ text, sentence }: LabelInput): string {
  return text.slice(sentence[0], Math.min(sentence[1], sentence[0] + REACH));
}

function leadLabel(lead: string, context: LineContext, fallback: string): string {
  if (ANSWER.test(lead.trim())) return context.question ?? lead;
  const cleaned = tidy(lead);
  return cleaned === "" ? (context.listHeading ?? fallback) : cleaned;
}

// A list item is about what it opens with: "Victim Support £411,834 for…", "A range of interim
// sexual violence support services during 2015-6 totalling c£230,000".
function itemSubject({ text, hit, context }: LabelInput): string | null {
  const item = text.slice(context.itemStart, Math.min(hit.from, context.itemStart + REACH));
  const masked = item.replace(LEADING_DETERMINERS, (d) => " ".repeat(d.length));
  const end = ITEM_END.exec(masked);
  const subject = tidy(end ? item.slice(0, end.index) : item);
  return subject === "" ? null : subject;
}

// "… which represents roughly 27% of the annual budget": the share of the figure before it.
function shareOf({ text, hit, reach, previous }: LabelInput): string | null {
  const before = text.slice(reach[0], hit.from);
  if (previous === null || !SHARE.test(before)) return null;
  const of = /^\s*(of\s+[^.,;]+)/.exec(text.slice(hit.to, reach[1]))?.[1];
  return of ? `${previous}: share ${tidy(of)}` : previous;
}

// "36,870 (58%) were women": a percentage in brackets after a count is about the count's noun.
function asideOf({ before, after }: { before: string; after: string }): string | null {
  if (!/\d\s*\(\s*$/.test(before) || !/^\s*\)/.test(after)) return null;
  const rest = after.replace(/^\s*\)\s*(?:were|are|was|is)?\s*/, "");
  return nounAfter(rest, 0);
}

function isGeneric(subject: string): boolean {
  const words = subject.toLowerCase().split(/\s+/);
  return words.length <= 3 && words.some((w) => GENERIC_SUBJECTS.has(w));
}

function join(topic: string, subject: string): string {
  return topic === "" ? subject : `${topic}: ${subject}`;
}
