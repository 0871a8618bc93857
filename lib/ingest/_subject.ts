// Private to lib/ingest: the subject of a figure in a sentence, read from the words around it.
// A strong subject is named by a verb that ties it to the figure ("Refuge received £334,818",
// "the budget was £705,672", "spent £2.765m on victim services"); a weak one is just the words
// nearest the figure ("Annual cost £372,000", "£186,945 was the contract value for …").
import { findPeriods } from "./_find_periods.ts";

/** The figure's sentence, split around the figure. */
export interface Around {
  /** The sentence's text before the figure (qualifiers excluded). */
  before: string;
  /** The sentence's text after the figure. */
  after: string;
  unit: string;
}

const LINK =
  /(?:^|\s+)(?:is|was|are|were|of|at|totall?ing|totall?ed|amounting to|amounted to|came to|stood at|be|costing|at a cost of|accounts? for|accounted for|worth|valued at|equal to|equates to|received|receives|receiving|got|gets|costs?|ranges? from|ranging from|var(?:y|ies) from|between)\s*$/i;
const SPEND =
  /\s+(?:spent|spend|spends|spending|allocated|allocates|paid|pays|awarded|awards|invested|invests|committed|commits|granted|grants|provided|provides|contributed|contributes|gave|gives|added|adds)\s*$/i;
const EXPECTED =
  /\s+(?:(?:is|was|are|were)\s+)?(?:expected|estimated|anticipated|likely|projected|forecast)\s+to\s*$/i;
// "Annual cost £372,000": "cost" after an adjective is a noun, not a verb.
const COST_NOUN =
  /\b(?:annual|total|overall|estimated|full|unit|average|the|a|an|its|their)\s+costs?\s*$/i;
// "This service cost …": a subject pointing back names nothing itself.
const POINTING = /^(?:this|these|that|those|it|they|he|she|which|who)\b/i;
// Verbs inside a long subject: what follows them is the thing ("the PCC spent his full grant").
const INNER_VERB =
  /\b(?:spent|received|allocated|awarded|paid|provided|secured|committed|agreed to|invested|approved)\s+/gi;
const MAX_SUBJECT_WORDS = 8;
const CLAUSE_WORDS =
  /\b(?:if|when|that|which|would|could|should|will|may|might|can|must|are|is|was|were|be|exceed|exceeds|comply|with|because|as|so|than)\b/i;
const DETERMINERS =
  /^(?:(?:and|but|however|so|then|whilst|while|although|also|with|of|from|for|to|in|by|which|who|that|during)\s+)+|^(?:a range of|a number of|a total of|the total of|the|a|an|this|these|that|those|its|their|our|his|her|all)\s+/i;

function lastClause(before: string): string {
  return before.split(/[;:(]|,\s+|\s[–—-]\s|\s+and\s+(?=(?:the|a|an|our|its|their)\s)/).at(-1)!;
}

/** A subject a verb ties to the figure, or null. */
export function strongSubject({ before, after }: Around): string | null {
  const clause = lastClause(before);
  const spend = SPEND.exec(clause);
  const on = /^\s*(?:per annum\s+|a year\s+)?(?:on|for|to|towards)\s+([^,.;()]+)/i.exec(after);
  if (spend && on) return tidy(on[1]) || null;
  const went =
    /^\s*(?:went|goes|go|was spent|were spent|is spent|are spent)\s+(?:on|to|towards)\s+([^,.;()]+)/i
      .exec(after);
  if (went) return tidy(went[1]) || null;
  const link = COST_NOUN.test(clause) ? null : LINK.exec(clause) ?? EXPECTED.exec(clause) ?? spend;
  if (link === null) return null;
  const left = lastSubject(clause.slice(0, link.index).replace(EXPECTED, ""));
  // "… these grants end March 2025 and account for £435,000": the subject is the clause's, and
  // "these grants" points back to the grant named before ("an MoJ grant").
  if (/\b(?:and|or|but)\s*$/i.test(left) || POINTING.test(left.trim())) {
    const owner = /^\s*((?:this|these|that|those)\s+[a-z]+)\b/i.exec(clause)?.[1] ??
      /^\s*((?:this|these|that|those)\s+[a-z]+)\b/i.exec(left)?.[1];
    const start = before.length - clause.length;
    return owner ? pointedAt(owner, before.slice(0, start)) : null;
  }
  return tidy(shortened(left)) || null;
}

// A long run-up ("we are not obliged to comply … if the cost would exceed the appropriate limit")
// is cut to what follows its last verb or conjunction.
function shortened(subject: string): string {
  if (subject.trim().split(/\s+/).length <= MAX_SUBJECT_WORDS) return subject;
  const pieces = subject.split(CLAUSE_WORDS);
  const last = pieces.at(-1)!.trim();
  return last === "" ? subject : last;
}

// The named subject at the end of a run of clauses: after the last figure, after an "and" that
// starts a new name ("… 1,363 occurrences and West Berkshire Council"), after an inner verb.
function lastSubject(text: string): string {
  let out = withoutPeriods(text).split(/[£\d][\d,.]*[a-z]*/i).at(-1)!;
  out = out.split(/\s+and\s+(?=[A-Z])/).at(-1)!;
  const verbs = [...out.matchAll(INNER_VERB)];
  const last = verbs.at(-1);
  return last ? out.slice(last.index + last[0].length) : out;
}

/** The words nearest the figure when no verb ties them to it, or null. */
export function weakSubject({ before, after, unit }: Around): string | null {
  // Only the words after the last figure before this one: "Grant -5.1% -4.5%" → "Grant".
  const clause = withoutPeriods(lastClause(before)).split(/[-−]?[£\d][\d,.]*\S*/).at(-1)!.trim();
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= 6 && !/\b(?:for|to|in|from|by|with)$/i.test(clause)) {
    const subject = tidy(clause);
    if (subject !== "" && !POINTING.test(clause)) return subject;
  }
  const spentOn = /^\s*on\s+([^,.;()]+)/i.exec(after);
  if (spentOn && unit === "GBP") return tidy(spentOn[1]) || null;
  // "The £365,041 funding was due to cease": the noun right after the figure.
  const noun = tidy(clause) === ""
    ? /^\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:was|is|were|are|will|has|had)\b/.exec(after)
    : null;
  // "£80,000 per annum was …": a rate is not what the amount is of.
  if (noun && !/^(?:per annum|a year|each year|per year)$/i.test(noun[1])) return noun[1];
  return subjectAfter(after);
}

// "£186,945 was the 2020-21 contract value for the … service, which …"; "£25,460 to develop a
// youth-focussed offer".
function subjectAfter(after: string): string | null {
  const m =
    /^\s*(?:per annum\s+)?(?:is|was|are|were|represents|being)\s+((?:the|a|an|our|its|their)\s+.+?)(?:,\s+(?:which|but|who)\b|[.;]|$)/i
      .exec(after) ??
      /^\s*(?:per annum\s+)?((?:value|cost|spend|funding|budget)\s+of\s+[^,.;]+)/i.exec(after) ??
      /^\s*(?:to|for)\s+(?:[a-z]+\s+)?((?:a|an|the)\s+[^,.;()]+)/i.exec(after) ??
      // "£119,770k to Cleveland Police", "£950k from General Reserves"
      /^\s*(?:to|for|from|towards)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&|the|for)\s+)*[A-Z][\w&'’-]*)*)/
        .exec(after);
  const subject = m ? tidy(m[1]) : "";
  return subject === "" || /^(?:[a-z]+ed|to)\b/.test(subject) ? null : subject;
}

/** The words before a sentence's first verb: "The contract had a start date …" → "contract". */
export function sentenceSubject(sentence: string): string | null {
  const m =
    /^\s*((?:the|this|each|our)\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+(?:is|was|are|were|has|had|have|will|runs?|ran|can|may|would|shall)\b/i
      .exec(sentence);
  const subject = m ? tidy(m[2]) : "";
  return subject === "" || /^(?:it|we|they|this|there|he|she|i|you)$/i.test(subject)
    ? null
    : subject;
}

/**
 * What a pointing subject ("these grants", "this service") refers to earlier in the sentence:
 * the last phrase naming the same thing with a capitalised word ("an MoJ grant" → "MoJ grant").
 */
function pointedAt(subject: string, earlier: string): string | null {
  const m = /^(?:this|these|that|those|the|such)\s+([a-z]+?)(?:e?s)?$/i.exec(subject.trim());
  if (m === null) return null;
  const head = m[1].toLowerCase();
  const named = new RegExp(
    String.raw`\b(?:a|an|the|its|their|our)\s+((?:[A-Z][\w'’&-]*\s+){1,4}${head})(?:e?s)?\b`,
    "g",
  );
  const found = [...earlier.matchAll(named)].at(-1);
  return found ? found[1] : null;
}

/** Strips determiners, periods written in the subject, and loose ends. */
export function tidy(text: string): string {
  let out = withoutPeriods(text.replace(/\*\*/g, "")).replace(/\s+/g, " ").trim()
    .replace(/^[•·▪◦●*+-]+\s*/, "");
  for (let i = 0; i < 4; i++) out = out.replace(DETERMINERS, "");
  if (
    /^(?:and|or|but|so|then|also|however|is|was|are|were|be|been|of|for|to|in|the|a|an)$/i.test(out)
  ) {
    return "";
  }
  return out.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "").replace(
    /(?:\s+(?:and|or|of|for|the|to|in|which|who|that|is|was|are|were|be|been|has|have|had))+$/i,
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

/** A regular expression for the determiners `tidy` strips, for cutting a list item's lead. */
export const LEADING_DETERMINERS: RegExp = DETERMINERS;
