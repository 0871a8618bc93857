// Private to lib/ingest: what a figure in prose or a list is about. The subject is read from the
// figure's own words when they name one ("Leicester City Council budget for … was £705,672",
// "Victim Support £411,834", "105 referrals"); a general subject ("spend is £639,675") is put
// after the paragraph's topic or the heading ("Community Safety Partnerships: spend").
import type { LineContext } from "./_context.ts";
import type { Hit } from "./_hit.ts";
import { GENERIC_SUBJECTS } from "./_words.ts";
import { findPeriods } from "./_find_periods.ts";

/** What the label is built from. */
export interface LabelInput {
  text: string;
  hit: Hit;
  sentence: [number, number];
  context: LineContext;
  /** The label of the figure before this one in the same sentence. */
  previous: string | null;
}

const LINK =
  /(?:^|\s+)(?:is|was|are|were|of|at|totall?ing|totall?ed|amounting to|amounted to|came to|stood at|be|costing|at a cost of|accounts? for|accounted for|worth|valued at|equal to|equates to|received|receives|receiving|got|gets)\s*$/i;
// Spending verbs: the subject is what the money went on ("spent £2.765m on victim services").
const SPEND =
  /\s+(?:spent|spend|spends|spending|allocated|allocates|paid|pays|awarded|awards|invested|invests|committed|commits|granted|grants|provided|provides|contributed|contributes|gave|gives|added|adds)\s*$/i;
const EXPECTED =
  /\s+(?:(?:is|was|are|were)\s+)?(?:expected|estimated|anticipated|likely|projected|forecast)\s+to\s*$/i;
const DETERMINERS =
  /^(?:(?:and|but|however|so|then|whilst|while|although|also|with|of|from|for|to|in|by|which|who|that)\s+)+|^(?:a range of|a number of|a total of|the total of|the|a|an|this|these|that|those|its|their|our|his|her|all)\s+/i;
const ANSWER = /^(?:answers?|responses?|reply|a\d*|r\d*)$/i;
const ITEM_END =
  /\s+(?:including|during|for the period|which|that|who|is|was|are|were|totall?ing|totall?ed|amounting|costing|at a cost|per annum|funded|provided|delivered)\b|[,.;:(–—]|\s-\s|£|\s\d/i;

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
    const what = (vague ? sentenceSubject(input) : null) ?? hit.noun ?? "term";
    return join(context.topic ?? context.heading ?? "", `${what} length`);
  }
  const subject = (context.list ? itemSubject(input) : null) ?? proseSubject(input) ??
    sentenceSubject(input);
  if (subject === null || subject === "") return fallback;
  return isGeneric(subject) && fallback !== "" ? join(fallback, subject) : subject;
}

function leadLabel(lead: string, context: LineContext, fallback: string): string {
  if (ANSWER.test(lead.trim())) return context.question ?? lead;
  const cleaned = tidy(lead);
  return cleaned === "" ? (context.listHeading ?? fallback) : cleaned;
}

// A list item is about what it opens with: "Victim Support £411,834 for…", "A range of interim
// sexual violence support services during 2015-6 totalling c£230,000".
function itemSubject({ text, hit, context }: LabelInput): string | null {
  const item = text.slice(context.itemStart, hit.from);
  const end = ITEM_END.exec(item.replace(DETERMINERS, (d) => " ".repeat(d.length)));
  const subject = tidy(end ? item.slice(0, end.index) : item);
  return subject === "" ? null : subject;
}

function proseSubject({ text, hit, sentence, previous }: LabelInput): string | null {
  const before = text.slice(sentence[0], hit.from).replace(/\b(?:c|circa)\.?\s*$/i, "");
  if (
    previous &&
    /\b(?:which|this|that)\s+(?:represents|is|was|equates to|amounts to)\s*(?:roughly|around|about|approximately)?\s*$/i
      .test(before)
  ) {
    const of = /^\s*(of\s+[^.,;]+)/.exec(text.slice(hit.to, sentence[1]))?.[1];
    return of ? `${previous}: share ${tidy(of)}` : previous;
  }
  const clause = before.split(/[;:(]|,\s+|\s[–—-]\s|\s+and\s+(?=(?:the|a|an|our|its|their)\s)/)
    .at(-1)!;
  const after = text.slice(hit.to, sentence[1]);
  const spend = SPEND.exec(clause);
  const on = /^\s*(?:per annum\s+|a year\s+)?(?:on|for|to|towards)\s+([^,.;()]+)/i.exec(after);
  if (spend && on) return tidy(on[1]);
  // "around 40% went on refuge provision"
  const went =
    /^\s*(?:went|goes|go|was spent|were spent|is spent|are spent)\s+(?:on|to|towards)\s+([^,.;()]+)/i
      .exec(after);
  if (went) return tidy(went[1]);
  const linked = LINK.exec(clause) ?? EXPECTED.exec(clause) ?? spend;
  if (linked) {
    const left = clause.slice(0, linked.index).replace(EXPECTED, "");
    // "… end March 2025 and account for £435,000": the subject is the clause's, not "… and".
    const subject = /\b(?:and|or|but)\s*$/i.test(left) ? "" : tidy(left);
    if (subject !== "") return subject;
  } else if (clause.trim() !== "" && clause.trim().split(/\s+/).length <= 6) {
    const subject = tidy(clause);
    if (subject !== "" && !/\b(?:for|to|in|from|by|with)$/i.test(clause.trim())) return subject;
  }
  // "… and more than £150k on counselling"
  const spentOn = /^\s*on\s+([^,.;()]+)/i.exec(after);
  if (spentOn && hit.unit === "GBP") return tidy(spentOn[1]);
  return subjectAfter(after) ?? (hit.unit === "percent" ? previous : null);
}

// "£186,945 was the 2020-21 contract value for the … service, which …"
function subjectAfter(after: string): string | null {
  const m =
    /^\s*(?:per annum\s+)?(?:is|was|are|were|represents|being)\s+((?:the|a|an|our|its|their)\s+.+?)(?:,\s+(?:which|but|who)\b|[.;]|$)/i
      .exec(after) ??
      /^\s*(?:per annum\s+)?((?:value|cost|spend|funding|budget)\s+of\s+[^,.;]+)/i.exec(after);
  const subject = m ? tidy(m[1]) : "";
  return subject === "" || /^(?:\w+ed|to)\b/.test(subject) ? null : subject;
}

// "The contract had a start date …": the words before the sentence's first verb.
function sentenceSubject({ text, sentence }: LabelInput): string | null {
  const m =
    /^\s*((?:the|this|each|our)\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+(?:is|was|are|were|has|had|have|will|runs?|ran|can|may|would|shall)\b/i
      .exec(text.slice(sentence[0], sentence[1]));
  const subject = m ? tidy(m[2]) : "";
  return subject === "" || /^(?:it|we|they|this|there|he|she|i|you)$/i.test(subject)
    ? null
    : subject;
}

/** Strips determiners, periods written in the subject, and loose ends. */
function tidy(text: string): string {
  let out = withoutPeriods(text.replace(/\*\*/g, "")).replace(/\s+/g, " ").trim();
  for (let i = 0; i < 4; i++) out = out.replace(DETERMINERS, "");
  if (/^(?:and|or|but|so|then|also|however)$/i.test(out)) return "";
  return out.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "").replace(
    /\s+(?:and|or|of|for|the|to|in|which|who|that|is|was|are|were|be|been)$/i,
    "",
  ).trim();
}

function withoutPeriods(text: string): string {
  let out = text;
  for (const mention of findPeriods(text).reverse()) {
    const before = out.slice(0, mention.from)
      .replace(/\b(?:for|in|during|of|from)\s+(?:the\s+)?(?:(?:financial\s+)?year\s+)?$/i, "");
    out = `${before} ${out.slice(mention.to)}`;
  }
  return out;
}

function isGeneric(subject: string): boolean {
  const words = subject.toLowerCase().split(/\s+/);
  return words.length <= 3 && words.some((w) => GENERIC_SUBJECTS.has(w));
}

function join(topic: string, subject: string): string {
  return topic === "" ? subject : `${topic}: ${subject}`;
}
