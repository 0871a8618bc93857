// Private to lib/ingest: counts in prose. A whole number is a count only when the words after it
// name what is counted ("105 referrals"), and never when it is a year, a reference, an age, a
// day of the month, part of a date, code or phone number, or a list marker (the rule is set out
// in `ingest()`'s documentation; the word lists are in _words.ts).
import { parseCount } from "../parse/count.ts";
import { isNumberWord, parseNumberWord } from "../parse/number_word.ts";
import { type Hit, hit, withheldCount } from "./_hit.ts";
import { nounAfter, predicateAfter, wordsBefore } from "./_noun_phrase.ts";
import { MONTHS, QUALIFIER_WORDS, qualifiersOf, REFERENCE_WORDS } from "./_words.ts";

const DIGITS = /(?<![\w£$€.,/:#@&<>+=-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%£]|[.,/:]\d|-\d)/g;
const WORD_NUMBERS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;
const QUALIFIED = new RegExp(String.raw`(?:\b(?:${QUALIFIER_WORDS})\s*){1,2}$`, "i");
const SUPPRESSED = /\b(?:fewer|less) than\s+(\d+|[a-z]+)\b|(?<![\w<])<\s?(\d+)\b/gi;
// Statistical disclosure control withholds counts below a threshold of 3, 5 or 10.
const SUPPRESSION_LIMIT = 10;
const AGE_AFTER =
  /^[\s-]*(?:years?[\s-]*olds?|yrs?\.?\s*olds?|and\s+(?:over|under|above|older|younger)|or\s+(?:over|under|older|younger)|\+)/i;

/** The counts on a line of prose. */
export function findCounts(text: string): Hit[] {
  return [...suppressed(text), ...digitCounts(text), ...wordCounts(text)];
}

// How far after a number the words that decide whether it is a count are read.
const AHEAD = 200;

function digitCounts(text: string): Hit[] {
  const hits: Hit[] = [];
  // Where the line's text starts after any bullet: a number there may be a list marker.
  const opening = /^[\s(•·*-]*/.exec(text)![0].length;
  for (const m of text.matchAll(DIGITS)) {
    const [digits] = m;
    const to = m.index + digits.length;
    // "3,412 victims …, up from 2,980 in 2022/23": a baseline counts what the figure before it does.
    const baseline = comparedWith(text, m.index);
    if (!countable(text, { from: m.index, to, digits, opening, baseline: baseline !== null })) {
      continue;
    }
    const at = pastAside(text, to);
    // "Safer Streets 5 funded three projects": a number after a capitalised word is a name's.
    const named = /[A-Z][\w'’-]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      !/(?:^|[.:;!?]\s+)[A-Z][\w'’-]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    const noun = nounAfter(text, at) ?? baseline ?? (named ? null : predicateAfter(text, at));
    if (noun === null || /^\s*-/.test(text.slice(to, to + AHEAD))) continue;
    let value: number;
    try {
      value = parseCount(digits);
    } catch {
      continue;
    }
    hits.push(qualified(text, m.index, to, value, noun));
  }
  return hits;
}

const COMPARED_FROM =
  /\b(?:up|down|rising|falling|increased|decreased|rose|fell|an?\s+(?:increase|decrease|rise|fall))\s+from\s+$|\bcompared\s+(?:with|to)\s+$/i;

// The noun of the count before a comparison's baseline in the same clause, or null.
function comparedWith(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 160), at);
  if (!COMPARED_FROM.test(before)) return null;
  const counts = [...before.matchAll(/(?<![\w.,£])(\d{1,3}(?:,\d{3})+|\d+)\s+(?=[a-z])/g)];
  const last = counts.at(-1);
  return last ? nounAfter(before, last.index! + last[1].length) : null;
}

// "36,870 (58%) were women": a short aside and a verb may sit between a count and its noun.
function pastAside(text: string, at: number): number {
  const aside = /^\s*\([^()]{1,16}\)\s*(?:were|are|was|is)?\s*/.exec(text.slice(at, at + AHEAD));
  return aside ? at + aside[0].length : at;
}

/** The rule's exclusions, in the order a reader would check them. */
function countable(
  text: string,
  { from, to, digits, opening, baseline }: {
    from: number;
    to: number;
    digits: string;
    opening: number;
    baseline: boolean;
  },
): boolean {
  const before = wordsBefore(text, from, 2);
  const previous = before.at(-1) ?? "";
  const after = text.slice(to, to + AHEAD);
  const next = after.trimStart().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]+$/, "") ?? "";
  if (digits.length > 1 && digits.startsWith("0")) return false;
  if (/^(?:19|20)\d\d$/.test(digits)) return false;
  if (REFERENCE_WORDS.has(previous) || previous === "plus" || next === "plus") return false;
  if (before.join(" ").endsWith("age of") || (!baseline && isRange(text, from, previous))) {
    return false;
  }
  // "1 in 4 women" is a rate, not four women.
  if (previous === "in" && /\d\s+in\s+$/i.test(text.slice(Math.max(0, from - 8), from))) {
    return false;
  }
  if (MONTHS.has(previous) || MONTHS.has(next)) return false;
  if (AGE_AFTER.test(after)) return false;
  if (/^\s*[.)]/.test(after) && from <= opening) return false;
  if (text[from - 1] === "(" && after.startsWith(")")) return false;
  return true;
}

// "between 18 and 25", "10 to 12", "aged 16 or 17": a range's ends are not counts.
function isRange(text: string, from: number, previous: string): boolean {
  if (previous === "between" || previous === "from") return true;
  if (!["and", "to", "or"].includes(previous)) return false;
  return /\d\s+(?:and|to|or)\s+$/i.test(text.slice(Math.max(0, from - 12), from)) &&
    /\b(?:between|aged?|ages|from)\s+\d+\s+(?:and|to|or)\s+$/i.test(
      text.slice(Math.max(0, from - 30), from),
    );
}

function qualified(text: string, from: number, to: number, value: number, noun: string): Hit {
  const q = QUALIFIED.exec(text.slice(Math.max(0, from - 40), from));
  const start = q ? from - q[0].length : from;
  const { approximate, bound } = qualifiersOf(q?.[0] ?? "");
  return hit({ from: start, to, value, unit: "count", approximate, bound, noun });
}

function wordCounts(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(WORD_NUMBERS)) {
    const to = m.index + m[0].length;
    const previous = wordsBefore(text, m.index, 1)[0] ?? "";
    const words = text.slice(to, to + AHEAD).trimStart().split(/\s+/);
    if (REFERENCE_WORDS.has(previous) || previous === "plus" || !isNumberWord(m[1])) continue;
    if (words[0]?.toLowerCase() === "plus" || text[to] === "-") continue;
    // A number word counts only things named in the plural: "nine CSPs", "two major strands".
    const noun = nounAfter(text, to);
    const plural = noun?.split(" ").slice(0, 2).some((w) =>
      /(?:[a-z]s|[A-Z]s)$/.test(w) && !/ss$/.test(w)
    );
    if (noun === null || !plural) continue;
    hits.push(qualified(text, m.index, to, parseNumberWord(m[1]), noun));
  }
  return hits;
}

function suppressed(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(SUPPRESSED)) {
    const written = m[1] ?? m[2];
    const n = /^\d+$/.test(written)
      ? Number(written)
      : isNumberWord(written)
      ? parseNumberWord(written)
      : null;
    const to = m.index + m[0].length;
    const noun = nounAfter(text, to);
    if (n === null || noun === null) continue;
    if (n > SUPPRESSION_LIMIT) {
      hits.push(hit({ from: m.index, to, value: n, unit: "count", bound: "upper", noun }));
      continue;
    }
    hits.push(withheldCount(m.index, to, m[0].trim(), { noun }));
  }
  return hits;
}
