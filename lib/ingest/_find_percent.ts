// Private to lib/ingest: every percentage on a line of prose (`roughly 27%`, `12.5 per cent`).
import { parsePercent } from "../parse/percent.ts";
import { type Hit, hit, type Refusal } from "./_hit.ts";
import { QUALIFIER_WORDS } from "./_words.ts";
import { minusBefore } from "./_sign.ts";

const PERCENT = new RegExp(
  String
    .raw`((?:\b(?:${QUALIFIER_WORDS})\s*){0,2})(?<![\w.,/£])(\d[\d,]*(?:\.\d+)?)\s?(%|per\s?cent\b|percent\b)`,
  "gi",
);

/** The percentages on a line, and the ones that could not be read. */
export function findPercents(text: string): { hits: Hit[]; refusals: Refusal[] } {
  const hits: Hit[] = [];
  const refusals: Refusal[] = [];
  for (const match of text.matchAll(PERCENT)) {
    const [whole, qualifiers] = match;
    const from = match.index + (qualifiers.length - qualifiers.trimStart().length);
    const to = match.index + whole.length;
    // "… 31 December 2015" wrapped onto "per cent …" is a year, not 2015 per cent.
    if (/^(?:19|20)\d\d$/.test(match[2]) && !match[3].startsWith("%")) continue;
    const minus = qualifiers.trim() ? null : minusBefore(text, from);
    try {
      const percent = parsePercent(text.slice(minus?.at ?? from, to).replace("−", "-"));
      hits.push(hit({
        from: minus?.at ?? from,
        to,
        value: percent.value,
        unit: "percent",
        approximate: percent.approximate,
        bound: percent.bound,
        warning: minus?.warning ?? null,
      }));
    } catch (error) {
      if (!(error instanceof SyntaxError || error instanceof RangeError)) throw error;
      refusals.push({ from, to, message: `${error.message}; not extracted` });
    }
  }
  return { hits, refusals };
}
