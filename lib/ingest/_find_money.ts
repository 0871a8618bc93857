// Private to lib/ingest: every amount of money on a line of prose: `£80,000`, `c£800,000`,
// `up to £2.765m`, `£1.2 million`, `£25k`, `12,000 pounds`, with the qualifier words before it.
import { type Hit, hit, type Refusal } from "./_hit.ts";
import { readMoney } from "./_money_text.ts";
import { QUALIFIER_WORDS } from "./_words.ts";
import { minusBefore } from "./_sign.ts";
import { claim, claimedNone, isFree } from "./_spans.ts";

// A comma may be followed by one space only before a group of three digits (`£334, 818`, read
// with a warning); a point only before a digit, so a sentence's full stop is left out.
// A space may separate thousands ("£20 000", read with a warning) only before three digits.
const NUMBER = String.raw`\d(?:\d|\.(?=\d)|,(?=\d)|,?\s(?=\d{3}(?![\d,.])))*`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|bn|mn|k|m)(?![a-z]))?`;
const QUALIFIERS = String.raw`(?:\b(?:${QUALIFIER_WORDS})\s*){0,2}`;
const STERLING = new RegExp(
  String
    .raw`(${QUALIFIERS})(\bc\.?\s?)?((?<!£)£+|\bGBP\s?)\s?(${NUMBER}${SCALE})([¹²³⁰⁴-⁹]*)([a-z]+)?`,
  "gi",
);
const POUNDS = new RegExp(
  String.raw`(${QUALIFIERS})(?<![\w£.,])(\d[\d,]*(?:\.\d+)?${SCALE})\s?pounds\b`,
  "gi",
);

/** The amounts on a line, and the ones that could not be read. */
export function findMoney(text: string): { hits: Hit[]; refusals: Refusal[] } {
  const hits: Hit[] = [];
  const refusals: Refusal[] = [];
  for (const match of text.matchAll(STERLING)) {
    const [whole, qualifiers, circa = "", sign, number, footnote, glued = ""] = match;
    const amount = number.replace(/[.,]+$/, "");
    const from = match.index + (qualifiers.length - qualifiers.trimStart().length);
    const to = match.index + whole.length - glued.length - (number.length - amount.length);
    const minus = qualifiers || circa ? null : minusBefore(text, match.index);
    const written = `${minus ? "-" : ""}${qualifiers}${circa}${
      sign.startsWith("£") ? sign : "£"
    }${amount}${footnote}`;
    const start = minus?.at ?? from;
    take(
      text,
      { written, from: start, to, glued, warning: minus?.warning ?? null },
      hits,
      refusals,
    );
  }
  const claimed = claimedNone(text.length);
  for (const h of hits) claim(claimed, h.from, h.to);
  for (const match of text.matchAll(POUNDS)) {
    const [whole, qualifiers, amount] = match;
    const from = match.index + (qualifiers.length - qualifiers.trimStart().length);
    if (!isFree(claimed, from, match.index + whole.length)) continue;
    take(
      text,
      {
        written: `${qualifiers}£${amount}`,
        from,
        to: match.index + whole.length,
        glued: "",
        warning: null,
      },
      hits,
      refusals,
    );
  }
  return { hits: markRanges(text, hits), refusals };
}

interface Found {
  written: string;
  from: number;
  to: number;
  glued: string;
  /** A doubt about how the amount was written (a minus that could be a dash). */
  warning: string | null;
}

function take(text: string, found: Found, hits: Hit[], refusals: Refusal[]): void {
  const { written, from, to, glued } = found;
  // "£0x10", "£1e3": letters then digits make a code or a number syntax, not a word glued on.
  const code = glued === "" ? null : /^\d[\w]*/.exec(text.slice(to + glued.length, to + 40));
  if (code) {
    const whole = text.slice(from, to + glued.length + code[0].length);
    const message = `Cannot read "${whole}" as an amount: letters and digits follow the number; ` +
      "not extracted";
    refusals.push({ from, to: to + glued.length + code[0].length, message });
    return;
  }
  const reading = readMoney(written.trim());
  if (!reading.ok) {
    refusals.push({ from, to: to + glued.length, message: `${reading.message}; not extracted` });
    return;
  }
  const rest = text.slice(to + glued.length, to + glued.length + 3);
  const perAnnum = /^(?:pa|p)$/i.test(glued) && /^\.?a\.?/i.test(rest);
  const gluedWarning = glued && !/^pa$/i.test(glued)
    ? `Read "${text.slice(from, to + glued.length)}" as the amount "${text.slice(from, to)}": ` +
      `the text "${glued}" is glued to it`
    : null;
  hits.push(hit({
    from,
    to,
    value: reading.money.value,
    unit: "GBP",
    scale: reading.scale,
    approximate: reading.money.approximate,
    bound: reading.money.bound,
    warning: [found.warning, reading.warning, gluedWarning].filter(Boolean).join("; ") || null,
    perAnnum: perAnnum || /^pa$/i.test(glued),
  }));
}

// ranges of money ("£5k-£10k", "£5-10k", "£20,000 to £25,000"). The ends
// are bounds: the lower end a lower bound, the upper end an upper bound. A scale written only on
// the upper end ("£5-10k") applies to both ends, as the writer meant: £5,000 to £10,000.
const JOINER = /^\s*(?:-|–|—|to)\s*$/;
// The widest a joiner and a bare upper end can be: ranges are read only this close together.
const JOINER_WIDTH = 40;
const BARE_WIDTH = 60;
const BARE_UPPER =
  /^(\s?(?:-|–|—|to)\s?)(\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|thousand|billion))(?![a-z])/i;

/** The hits with range ends marked as bounds, and a bare upper end ("-10k") added. */
function markRanges(text: string, hits: Hit[]): Hit[] {
  const given = hits.map((h) => ({ ...h }));
  const out: Hit[] = [];
  for (let i = 0; i < given.length; i++) {
    const low = given[i];
    const next = given[i + 1];
    out.push(low);
    if (next && next.from - low.to <= JOINER_WIDTH && JOINER.test(text.slice(low.to, next.from))) {
      bound(low, next);
      continue;
    }
    const bare = BARE_UPPER.exec(text.slice(low.to, low.to + BARE_WIDTH));
    const reading = bare ? readMoney(`£${bare[2]}`) : null;
    if (!bare || !reading?.ok) continue;
    const from = low.to + bare[1].length;
    const high = hit({
      from,
      to: from + bare[2].length,
      value: reading.money.value,
      unit: "GBP",
      scale: reading.scale,
    });
    if (low.scale === 1 && low.value !== null && Number.isInteger(low.value) && low.value < 1000) {
      low.value *= reading.scale;
      low.scale = reading.scale;
    }
    bound(low, high);
    out.push(high);
  }
  return out;
}

function bound(low: Hit, high: Hit): void {
  if (low.unit !== "GBP" || high.unit !== "GBP") return;
  low.bound ??= "lower";
  high.bound ??= "upper";
}
