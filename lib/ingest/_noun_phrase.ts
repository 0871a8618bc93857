// Private to lib/ingest: the words after a number that say what it counts ("105 referrals",
// "36 service users receiving support", "nine CSPs across LLR").
import { STOP_WORDS } from "./_words.ts";

const PREPOSITIONS = new Set(["of", "for", "across", "in", "from", "with", "aged", "under"]);
const MAX_WORDS = 5;
// How far after the number the phrase is looked for: far more than its few words need.
const REACH = 200;
const PLURAL = /^[a-z][a-z'’-]*s$|^(?:people|children|men|women|staff|personnel|police)$/;
const TIME_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|nights?|sessions?)$/i;

/** True when a word can be (part of) the name of what is counted. */
function isNounish(word: string): boolean {
  if (/^[A-Z]{2,}(?:s|'s|’s)?$/.test(word)) return true;
  if (!/^[a-z][a-z'’-]*$/.test(word) || word.length < 2) return false;
  if (STOP_WORDS.has(word) || /(?:ed|ly)$/.test(word)) return false;
  return true;
}

/**
 * The noun phrase starting at `at` (after a number), up to punctuation or a word that cannot be
 * part of it, with one following "of/for/across…" phrase; null when the first word is not a noun.
 */
export function nounAfter(text: string, at: number): string | null {
  const rest = text.slice(at, at + REACH).replace(/^[\s-]+/, "");
  const clause = /^[^,.;:()!?–—]*/.exec(rest)![0];
  const words = clause.split(/\s+/).filter(Boolean);
  const phrase: string[] = named(words);
  for (const word of words.slice(phrase.length)) {
    if (phrase.length >= MAX_WORDS || !isNounish(word)) break;
    phrase.push(word);
  }
  // "20 working days", "18 hours of work": a length of time is not a count of things.
  if (phrase.length === 0 || words.slice(0, 3).some((w) => TIME_UNITS.test(w))) return null;
  phrase.push(...coordinated(words.slice(phrase.length)));
  const next = words[phrase.length];
  if (next !== undefined && PREPOSITIONS.has(next.toLowerCase())) {
    const tail: string[] = [];
    for (const word of words.slice(phrase.length + 1)) {
      if (tail.length >= 3 || !(isNounish(word) || /^[A-Z]/.test(word))) break;
      tail.push(word);
    }
    if (tail.length > 0) phrase.push(next, ...tail);
  }
  return phrase.join(" ");
}

// "20 London boroughs", "3 Home Office grants": capitalised words before a plural noun. A
// capitalised word alone ("Safer Streets 5 Melton") names a place or programme, not a count.
function named(words: readonly string[]): string[] {
  if (!/^[A-Z][a-z]/.test(words[0] ?? "")) return [];
  const end = words.slice(1, 3).findIndex((w) => PLURAL.test(w) && isNounish(w));
  const names = words.slice(0, end + 1);
  return end >= 0 && names.every((w) => /^[A-Z]/.test(w)) ? names : [];
}

// "232 vulnerable and exploited people", "570 adults and young people": an "and" inside the
// phrase, when a plural noun follows within three words.
function coordinated(words: readonly string[]): string[] {
  if (!/^(?:and|or)$/i.test(words[0] ?? "")) return [];
  const end = words.slice(1, 4).findIndex((w) => PLURAL.test(w) && isNounish(w));
  const joined = words.slice(0, end + 2);
  return end < 0 || joined.some((w) => /\d/.test(w)) ? [] : joined;
}

const COPULA = /^\s*(?:were|are|was|is|have been|has been|had been)\s+/i;
// Past participles: "supported", "referred on", "seen", "resolved by a conference".
const PARTICIPLE =
  /^(?:[a-z]{3,}ed|seen|given|held|made|met|run|won|told|taken|found|kept|heard|shown|sent|left|lost|paid|sold|built|brought|taught|caught|done)$/;
const NOT_PARTICIPLE = /^(?:hundred|need|speed|seed|feed|breed|shed|bed|red|embed)$/;
const CLAUSE_END = /^(?:and|or|but|which|who|that|while|whilst|with)$/i;

/**
 * What a count is of when a verb follows the number rather than a noun: "4,321 supported", "240
 * attended the drop-in sessions", "61 were resolved by a conference", "312 were aged under 18",
 * "728 were adults". Null when what follows says nothing a count could be of.
 */
export function predicateAfter(text: string, at: number): string | null {
  const window = text.slice(at, at + REACH);
  const copula = COPULA.exec(window);
  const rest = copula ? window.slice(copula[0].length) : window.replace(/^\s+/, "");
  if (copula) {
    const noun = nounAfter(rest, 0);
    if (noun !== null) return noun;
  }
  const words = /^[^,.;:()!?–—]*/.exec(rest)![0].split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? "";
  // "(30%) were aged under 18": an age group.
  if (first === "aged") return words.slice(0, 3).join(" ");
  if (!PARTICIPLE.test(first) || NOT_PARTICIPLE.test(first) || TIME_UNITS.test(first)) return null;
  const phrase: string[] = [];
  for (const word of words) {
    if (phrase.length >= MAX_WORDS || CLAUSE_END.test(word) || /\d/.test(word)) break;
    phrase.push(word);
  }
  return phrase.join(" ");
}

/** The words just before `at`, nearest last, lower-cased without punctuation. */
export function wordsBefore(text: string, at: number, n: number): string[] {
  return text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean).slice(-n)
    .map((w) => w.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ""));
}
