// Private to lib/ingest: lengths of time that are figures: how long a contract, project, grant or
// extension runs ("commissioned for 5 years", "the three year project", "a one-year extension",
// "two periods of up to 12 months"). A length that names the period a figure covers ("in the
// previous 12 months") is a period, not a figure, and is left to the period reader.
import { isNumberWord, parseNumberWord } from "../parse/number_word.ts";
import { type Hit, hit } from "./_hit.ts";
import { DURATION_NOUNS, QUALIFIER_WORDS, qualifiersOf } from "./_words.ts";

const NUMBER = String
  .raw`\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty`;
const DURATION = new RegExp(
  String
    .raw`((?:\b(?:${QUALIFIER_WORDS})\s*){0,2})\b(${NUMBER})(\s|-)(years?|months?)\b(?![\s-]*olds?\b)`,
  "gi",
);
const LENGTH_BEFORE =
  /\b(?:for|periods? of|terms? of|lasting|extend(?:ed)?(?: for| by)?|extensions? of|length of|duration of|runs? for)\s+(?:an?\s+)?(?:further\s+|additional\s+|initial\s+|maximum of\s+|minimum of\s+)?$/i;
const RELATIVE_BEFORE =
  /\b(?:previous|last|past|next|recent|first|final|within|aged?|plus|over the|in the|during the|the past)\s+$/i;

/** The lengths of time on a line that are figures. */
export function findDurations(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(DURATION)) {
    const [whole, qualifiers, number, , unit] = m;
    const from = m.index + qualifiers.length;
    const to = m.index + whole.length;
    const before = text.slice(Math.max(0, from - 60), from);
    const after = text.slice(to, to + 60);
    const noun = after.match(/^[\s-]*([a-z]+)/i)?.[1]?.toLowerCase() ?? "";
    if (RELATIVE_BEFORE.test(before) || /^\s*plus\b/i.test(after)) continue;
    const ofSomething = DURATION_NOUNS.has(noun);
    if (
      !ofSomething &&
      !LENGTH_BEFORE.test(before.replace(/(?:\b(?:up to|at least|at most)\s+)$/i, ""))
    ) continue;
    const value = /^\d+$/.test(number)
      ? Number(number)
      : isNumberWord(number)
      ? parseNumberWord(number)
      : null;
    if (value === null || value === 0) continue;
    const { approximate, bound } = qualifiersOf(qualifiers);
    const start = qualifiers.trim()
      ? m.index + (qualifiers.length - qualifiers.trimStart().length)
      : from;
    hits.push(hit({
      from: start,
      to,
      value,
      unit: unit.toLowerCase().startsWith("year") ? "years" : "months",
      approximate,
      bound,
      noun: ofSomething ? noun : null,
    }));
  }
  return hits;
}
