// Private to lib/ingest: a figure stated once for several periods, "1,500 calls in both 2019-20
// and 2020-21", "£25,000 each year from 2021/22 to 2023/24": one mention holding every period,
// so the reader makes one figure per period (a figure "each year" is a yearly one).
import { financialYear } from "../parse/financial_year.ts";
import { makePeriod, type PeriodMention } from "./_period.ts";

const BOTH = /\bboth\s+(?:in\s+)?$/i;
const AND = /^\s*(?:and|&)\s*$/i;
const EACH_YEAR =
  /\b(?:each|every|a|per)\s+(?:financial\s+)?year\s+(?:from|between)\s+(?:the\s+)?$|\bannually\s+(?:from|between)\s+$/i;
const TO = /^\s*(?:to|until|and|–|—|-)\s*$/i;
// More years than this "each year from … to …" are not read as one figure per year.
const MOST_YEARS = 20;

/** The mentions with "both A and B" and "each year from A to B" joined into one each. */
export function joinSets(text: string, mentions: readonly PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    const before = text.slice(Math.max(0, a.from - 40), a.from);
    const between = b ? text.slice(a.to, b.from) : "";
    if (b && BOTH.test(before) && AND.test(between)) {
      out.push({ ...a, to: b.to, each: [a.period, b.period], warning: a.warning ?? b.warning });
      i++;
    } else if (b && EACH_YEAR.test(before) && TO.test(between)) {
      const years = yearsFrom(a, b);
      out.push(years ? { ...a, to: b.to, each: years, yearly: true } : a);
      if (years) i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

// The financial years from the first mention's to the second's, both whole financial years.
function yearsFrom(a: PeriodMention, b: PeriodMention) {
  const [first, last] = [a.period, b.period];
  const whole = (p: typeof first) => p.financial_year && !p.quarter && p.start?.endsWith("-04-01");
  if (!whole(first) || !whole(last)) return null;
  const [from, to] = [Number(first.start!.slice(0, 4)), Number(last.start!.slice(0, 4))];
  if (to <= from || to - from >= MOST_YEARS) return null;
  return Array.from({ length: to - from + 1 }, (_, k) => {
    const year = financialYear(from + k);
    return makePeriod({ start: year.start, end: year.end, text: year.label });
  });
}
