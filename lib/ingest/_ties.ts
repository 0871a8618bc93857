// Private to lib/ingest: the words that tie an amount to what it is about when that comes after
// it or around it, in the orders documents use: "£45,000 was awarded to Brightwater Refuge",
// "£60,000 from the PCC", "Oakfield Advocacy (£30,000)", "£18,200 – Northgate Victim Hub", and
// a clause pointing back ("these grants … account for £435,000" after "an MoJ grant").
import { MONTHS } from "./_words.ts";
import { findPeriods } from "./_find_periods.ts";
import { tidy } from "./_subject.ts";

// A verb of giving may come between the amount and the preposition naming who got it.
const GIVEN =
  /^\s*(?:(?:per annum|a year|pa)\s+)?(?:(?:was|were|is|are|has been|have been|will be|had been)\s+)?(?:(?:awarded|given|granted|allocated|paid|provided|committed|passed|distributed|made available|earmarked|set aside|transferred|went|goes|go)\s+)?(to|for|from)\s+/i;
// A name: capitalised words, with "of", "and", "&", "the" inside it ("Office of the PCC").
const NAME =
  /^(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|&|the|on|in)\s+)?[A-Z0-9][\w'’&.-]*)*)/;
// A short phrase in lower case after "to the" or "from the": "the council", "the two services".
const PHRASE =
  /^((?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})(?=\s*(?:$|[,.;:)]|\s(?:and|in|for|to|from|on|by|during)\b))/;
const NOT_A_NAME = /^(?:Q[1-4]|Quarter|April|Financial|Year|Period|FY)\b/;
// "£95,000 for adults", "£40,000 to victims of fraud": a plural noun, not a length of time.
const PLURAL_GROUP =
  /^((?:[a-z][\w'’-]*\s+){0,2}(?:[a-z][\w'’-]*[^s\s]s|children|people|men|women|staff))\b(?:\s+of\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?/;
const TIME_GROUP = /\b(?:years|months|weeks|days|hours|periods|quarters)\b/;
// "the Commissioner's own funds": a possessive name goes on to what it owns.
const OWNED = /^\s+((?:[a-z][\w-]*\s*){1,3})/;

// "£25,000 each year from 2021/22 to 2023/24 to the Sanctuary Scheme": the time comes first.
const LEADING_TIME = /^\s*(?:(?:each|every)\s+(?:financial\s+)?year|annually|per annum|a year)\b/i;
const BEFORE_PERIOD = /^\s*(?:in|during|from|between|for|to|and|over|until)?\s*$/i;

/** The words after an amount with the periods it opens with cut off. */
function pastTime(after: string): string {
  let rest = after.replace(LEADING_TIME, "");
  for (const mention of findPeriods(rest)) {
    if (!BEFORE_PERIOD.test(rest.slice(0, mention.from))) break;
    rest = " ".repeat(mention.to) + rest.slice(mention.to);
  }
  return rest.trimStart() === rest ? rest : ` ${rest.trimStart()}`;
}

/** Who or what receives or gives an amount, named just after it; null when nothing is. */
export function recipientAfter(written: string): string | null {
  const after = pastTime(written);
  const given = GIVEN.exec(after);
  if (given === null) return null;
  const rest = after.slice(given[0].length);
  const name = NAME.exec(rest);
  if (name && !NOT_A_NAME.test(name[1]) && !MONTHS.has(name[1].toLowerCase())) {
    let found = name[1].replace(/[.,;:]+$/, "").replace(/\s+(?:and|&|of|the|in|on)$/i, "");
    const owned = /['’]s$/.test(found) ? OWNED.exec(rest.slice(name[0].length)) : null;
    if (owned) {
      found = `${found} ${owned[1].replace(/\s+(?:and|or|in|for|to|from)\s*$/, "").trim()}`;
    }
    return tidy(found) || null;
  }
  const group = PLURAL_GROUP.exec(rest);
  if (group && !TIME_GROUP.test(group[0])) return tidy(group[0]) || null;
  // "for the period …" names a time, not a recipient: lower case only after "to" or "from".
  if (given[1].toLowerCase() === "for") return null;
  const phrase = PHRASE.exec(rest);
  return phrase ? tidy(phrase[1]) || null : null;
}

/** "Oakfield Advocacy (£30,000)": the name before the bracket holding the amount. */
export function bracketed(before: string, after: string): string | null {
  if (!/[A-Za-z]\s*\(\s*$/.test(before) || !/^\s*\)/.test(after)) return null;
  const clause = before.replace(/\s*\(\s*$/, "").split(/[,;:]|\s+and\s+|\s[–—-]\s/).at(-1)!;
  const name = /((?:[A-Z][\w'’&.-]*\s*)+)$/.exec(clause.trim());
  const words = (name?.[1] ?? clause).trim().split(/\s+/).slice(-6).join(" ");
  return tidy(words) || null;
}

/** "£18,200 – Northgate Victim Hub", "£4,000: Riverside Befriending" at the start of a line. */
export function namedAfter(before: string, after: string): string | null {
  if (!/^[\s•·*+-]*$/.test(before)) return null;
  const m = /^\s*(?:[–—:]|\s-)\s*([^,.;()]{2,80})/.exec(after);
  return m ? tidy(m[1]) || null : null;
}

// "bringing the total to £60,000": the running total of what the sentence has named.
const RUNNING_TOTAL =
  /\b(?:bringing|taking|making|brings|takes|makes)\s+(?:the|its|their|a)?\s*(?:total|overall)(?:\s+\w+)?\s+(?:to|of)\s*$/i;
// "an additional £15,000", "a further £3,100": an amount on top of another.
export const ADDITIONAL: RegExp = /\b(?:an?\s+)?(additional|extra|further)\s*$/i;

/** "total" for a running total, "additional" for an amount added, else null. */
export function measureBefore(before: string): "total" | "additional" | null {
  if (RUNNING_TOTAL.test(before)) return "total";
  const m = ADDITIONAL.exec(before);
  return m ? "additional" : null;
}

// The words between two figures of a run, or after its last: a short group, no punctuation.
const GROUP = /^\s+([A-Za-z0-9][\w'’ -]{0,48}?)\s*$/;
const MAX_GROUP_WORDS = 6;

function group(text: string): string | null {
  const m = GROUP.exec(text);
  return m && m[1].trim().split(/\s+/).length <= MAX_GROUP_WORDS ? m[1].trim() : null;
}

/**
 * "Victims by sex: 61% women 37% men 2% not recorded": in a run of percentages with a group after
 * each, the last too, each is about the words after it (read before it, every label would be
 * the previous figure's). The figures must be in order; `sentences` are the line's spans.
 */
export function groupsAfter(
  text: string,
  figures: readonly { from: number; to: number; unit: string }[],
  sentenceEnd: (at: number) => number,
): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < figures.length;) {
    let j = i;
    const gaps: string[] = [];
    while (
      j + 1 < figures.length && figures[j].unit === "percent" && figures[j + 1].unit === "percent"
    ) {
      const gap = group(text.slice(figures[j].to, figures[j + 1].from));
      if (gap === null) break;
      gaps.push(gap);
      j++;
    }
    const last = figures[j];
    const trailing = j > i
      ? group(text.slice(last.to, sentenceEnd(last.from)).replace(/[.;]\s*$/, ""))
      : null;
    if (trailing !== null) {
      [...gaps, trailing].forEach((words, k) => out.set(figures[i + k].from, words));
    }
    i = j + 1;
  }
  return out;
}
