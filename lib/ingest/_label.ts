// Private to lib/ingest: what a figure in prose or a list is about, and how sure that is. The
// subject is read from the figure's own words when they name one, before it or after it ("Refuge
// received £334,818", "£45,000 was awarded to Brightwater Refuge", "Oakfield Advocacy (£30,000)",
// "Victim Support £411,834", "105 referrals", "61% women 37% men"); a general subject ("spend
// is £639,675") is put after the paragraph's topic or the heading ("Community Safety
// Partnerships: spend"). When nothing names it, the label is the context's, or empty: an honest
// blank is better than a wrong label (label_source says which).
import type { LineContext } from "./_context.ts";
import type { Hit } from "./_hit.ts";
import { GENERIC_SUBJECTS } from "./_words.ts";
import { nounAfter, predicateAfter } from "./_noun_phrase.ts";
import { REACH } from "./_sentences.ts";
import { ADDITIONAL, bracketed, measureBefore, namedAfter, recipientAfter } from "./_ties.ts";
import {
  LEADING_DETERMINERS,
  sentenceSubject,
  strongSubject,
  tidy,
  weakSubject,
} from "./_subject.ts";
import type { LabelSource } from "./types.ts";

/** A label and where it came from. */
export interface Label {
  label: string;
  source: LabelSource;
  /** The label without a measure added to it ("Meadow House" for "Meadow House: additional"). */
  subject: string;
}

/** What the label is built from. */
export interface LabelInput {
  text: string;
  hit: Hit;
  sentence: readonly [number, number];
  /** The part of the sentence within reach of the figure (see _sentences.ts). */
  reach: readonly [number, number];
  context: LineContext;
  /** The label of the figure before this one in the same sentence. */
  previous: Label | null;
  /** The words after the figure when a run of figures is written "12% under 18 34% 18 to 24". */
  following: string | null;
}

const ANSWER = /^(?:answers?|responses?|reply|a\d*|r\d*)$/i;
// Where a list item's opening subject ends: a verb, a clause, the figure, or a period.
const ITEM_END =
  /\s+(?:including|during|for the period|which|that|who|is|was|are|were|has|have|will|totall?ing|totall?ed|amounting|costing|costs?|at a cost|per annum|receives?|[a-z]+ed)\b|[,.;:(–—]|\s-\s|£|\s\d/;
const SHARE =
  /\b(?:which|this|that)\s+(?:represents|is|was|equates to|amounts to)\s*(?:roughly|around|about|approximately)?\s*$/i;
// A heading further above than this is too far away to say what a figure is about.
const HEADING_REACH = 20;

function made(label: string, source: LabelSource, subject = label): Label {
  return label === "" ? { label: "", source: "none", subject: "" } : { label, source, subject };
}

/** The figure's label. */
export function labelOf(input: LabelInput): Label {
  const { hit, context } = input;
  // "Victims by sex: 61% women 37% men": each figure's group follows it.
  if (input.following !== null) {
    return made(hit.lead ? join(tidy(hit.lead), input.following) : input.following, "layout");
  }
  if (hit.lead !== null && hit.noun === null) return leadLabel(hit.lead, input);
  if (hit.noun !== null && hit.unit === "count") {
    if (hit.lead !== null) return made(join(tidy(hit.lead), hit.noun), "layout");
    // "Safer Streets 5 – Three projects": a bare noun under a dashed topic is the topic's.
    const bare = !/\s/.test(hit.noun) && context.dashTopic && context.topic !== null;
    return made(bare ? join(context.topic!, hit.noun) : hit.noun, "noun");
  }
  if (hit.unit === "years" || hit.unit === "months") {
    // "the three year project" is a project's length; "commissioned for 5 years" the subject's.
    const vague = hit.noun === null || /^(?:periods?|terms?)$/.test(hit.noun);
    const what = (vague ? sentenceSubject(opening(input)) : null) ?? hit.noun ?? "term";
    return made(join(context.topic ?? context.heading ?? "", `${what} length`), "sentence");
  }
  return amountLabel(input);
}

function amountLabel(input: LabelInput): Label {
  const { text, hit: { from, to }, reach, previous, context, hit } = input;
  const written = text.slice(reach[0], from).replace(/\b(?:c|circa)\.?\s*$/i, "");
  const measure = measureBefore(written);
  const around = {
    // "a further £3,100": the amount's subject is not "further".
    before: measure === "additional" ? written.replace(ADDITIONAL, "") : written,
    after: text.slice(to, reach[1]),
    unit: hit.unit,
  };
  const itemBefore = context.list ? text.slice(context.itemStart, from) : around.before;
  // "bringing the total to £60,000": the total of what the sentence gave the same subject.
  if (measure === "total" && previous) {
    return made(join(previous.subject, "total"), "sentence", previous.subject);
  }
  // "… of £38,793 and £365,041": a figure joined to the one before shares its subject.
  const joined = previous && /[\d%km]\s*(?:and|or|,|-|–|—|to)\s*$/i.test(around.before)
    ? previous
    : null;
  if (joined && recipientAfter(around.after) === null) return joined;
  const tied = asideOf(around) ?? bracketed(around.before, around.after) ??
    recipientAfter(around.after) ?? shareOf(input) ?? strongSubject(around);
  if (tied) {
    const label = measure === "additional" ? join(tied, "additional") : tied;
    return withContext(made(label, "sentence", tied), input);
  }
  const laid = namedAfter(itemBefore, around.after) ??
    (context.list ? itemSubject(input) : null);
  if (laid) return withContext(made(laid, "layout"), input);
  const near = weakSubject(around) ?? (hit.unit === "percent" ? previous?.label : null) ??
    sentenceSubject(opening(input));
  if (near) return withContext(made(near, "nearby"), input);
  const fallback = contextLabel(input);
  return fallback;
}

// A general subject ("spend", "anticipated total") is put after what the item or context is about.
function withContext(label: Label, input: LabelInput): Label {
  if (!isGeneric(label.label)) return label;
  const item = input.context.list ? itemSubject(input) : null;
  const owner = item !== null && !isGeneric(item) ? item : contextLabel(input).label;
  return owner === "" || owner === label.label
    ? label
    : { ...label, label: join(owner, label.label) };
}

// The topic of the paragraph, a heading near enough, the line introducing the list, or the
// question answered; else nothing.
function contextLabel({ context }: LabelInput): Label {
  const heading = context.headingDistance <= HEADING_REACH ? context.heading : null;
  const label = context.topic ?? heading ?? context.listHeading ?? context.question ?? "";
  return made(label, "context");
}

// The start of the figure's sentence, where its grammatical subject is.
function opening({ text, sentence }: LabelInput): string {
  return text.slice(sentence[0], Math.min(sentence[1], sentence[0] + REACH));
}

function leadLabel(lead: string, input: LabelInput): Label {
  const { context } = input;
  if (ANSWER.test(lead.trim())) return made(context.question ?? lead, "layout");
  const cleaned = tidy(lead);
  return cleaned === ""
    ? made(context.listHeading ?? contextLabel(input).label, "context")
    : made(cleaned, "layout");
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
  return of ? `${previous.label}: share ${tidy(of)}` : previous.label;
}

// "36,870 (58%) were women": a percentage in brackets after a count is about the count's noun.
function asideOf({ before, after }: { before: string; after: string }): string | null {
  if (!/\d\s*\(\s*$/.test(before) || !/^\s*\)/.test(after)) return null;
  const rest = after.replace(/^\s*\)/, "");
  return nounAfter(rest.replace(/^\s*(?:were|are|was|is)\s+/, ""), 0) ?? predicateAfter(rest, 0);
}

// "spend", "anticipated total": a general word, not a name ("MoJ grant" names one).
function isGeneric(subject: string): boolean {
  const words = subject.split(/\s+/);
  const named = words.some((w, i) => /[A-Z]/.test(w.slice(1)) || (i > 0 && /^[A-Z]/.test(w)));
  return words.length <= 3 && !named &&
    words.some((w) => GENERIC_SUBJECTS.has(w.toLowerCase()));
}

function join(topic: string, subject: string): string {
  return topic === "" ? subject : `${topic}: ${subject}`;
}
