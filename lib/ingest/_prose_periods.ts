// Private to lib/ingest: the period of a figure in prose — the nearest one its clause or sentence
// names (not a comparison's baseline), else its heading's or list's, else the document's — and
// whether it is a yearly rate.
import type { LineContext } from "./_context.ts";
import { findPeriods, type PeriodMention } from "./_find_periods.ts";
import type { Hit } from "./_hit.ts";
import { combine, NO_PERIOD } from "./_period.ts";
import { overlapping } from "./_spans.ts";
import { countBefore } from "./_halving.ts";
import type { IngestPeriod } from "./types.ts";

const BASELINE =
  /\b(?:than|compared(?:\s+(?:to|with))?|versus|vs\.?|since|up from|down from)\s+(?:in\s+|the\s+)?$/i;
// How far after a figure a period still belongs to it alone ("£705,672 2020-2021", "£5k in 2022/23").
const NEXT_TO = 15;
// How far into its sentence a period may open it ("In the financial year 2022-23, …").
const OPENING = 100;

/** Where a figure sits: its sentence, and the part of it within reach of the figure. */
export interface Place {
  sentence: readonly [number, number];
  reach: readonly [number, number];
}

/**
 * The period that dates a figure, in this order: one in its clause just before it or right after
 * it; one opening its sentence ("In 2022-23, we funded 20 boroughs …"); the nearest in its
 * clause; the nearest in its sentence. A period a comparison is made against ("12% more than in
 * 2021/22") is the baseline, not the figure's period. `periods` are the line's mentions, in order.
 */
export function nearest(
  periods: readonly PeriodMention[],
  h: Hit,
  place: Place,
  text: string,
): PeriodMention | null {
  const { sentence, reach } = place;
  // A baseline still dates a figure that follows it in the same clause ("compared with 2021-22,
  // when 36,550 were supported").
  const isOwn = (p: PeriodMention) =>
    !(p.from < h.to && p.to > h.from) &&
    (!BASELINE.test(text.slice(Math.max(0, p.from - 30), p.from)) ||
      (p.to <= h.from && !/[,;]\s/.test(text.slice(p.to, h.from))));
  const opening = overlapping(periods, sentence[0], Math.min(sentence[1], sentence[0] + OPENING))
    .filter((p) =>
      isOwn(p) && p.to <= h.from && p.from >= sentence[0] &&
      /^\W*(?:\w+\W+){0,3}$/.test(text.slice(sentence[0], p.from))
    );
  const own = overlapping(periods, reach[0], reach[1]).filter(isOwn);
  const before = text.slice(reach[0], h.from);
  const cut = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "));
  const clauseFrom = cut >= 0 ? reach[0] + cut + 1 : reach[0];
  const after = text.slice(h.to, reach[1]);
  const ends = [", ", "; "].map((s) => after.indexOf(s)).filter((k) => k >= 0);
  const clauseTo = Math.min(reach[1], ...ends.map((k) => h.to + k));
  const tied = own.filter((p) =>
    (p.to <= h.from && p.from >= clauseFrom) || (p.from >= h.to && p.from - h.to <= NEXT_TO)
  );
  return closest(tied, h, reach) ?? closest(opening, h, sentence) ??
    closest(own, h, [clauseFrom, clauseTo]) ?? closest(own, h, reach);
}

function closest(
  periods: readonly PeriodMention[],
  h: Hit,
  [from, to]: readonly [number, number],
): PeriodMention | null {
  let best: PeriodMention | null = null;
  let distance = Infinity;
  for (const p of periods) {
    if (p.to <= from || p.from >= to) continue;
    const d = p.from >= h.to ? p.from - h.to : h.from - p.to;
    if (d < distance) [best, distance] = [p, d];
  }
  return best;
}

// "per annum" right after the figure, or yearly words in the same clause ("Annual cost £372,000").
/** True when the figure is a yearly rate; `perAnnum` are the line's yearly words, in order. */
export function yearly(
  h: Hit,
  perAnnum: readonly { from: number; to: number }[],
  text: string,
  reach: readonly [number, number],
): boolean {
  if (h.perAnnum) return true;
  if (h.unit !== "GBP" && h.unit !== "count") return false;
  const before = text.slice(reach[0], h.from);
  const clauseStart = reach[0] + Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const after = text.slice(h.to, reach[1]);
  const next = [after.indexOf(","), after.indexOf(";")].filter((k) => k >= 0).map((k) => h.to + k);
  const clauseEnd = Math.min(reach[1], ...next);
  // "Annual cost £372,000" is yearly, "27% of the annual budget" is not: "annual" counts only
  // before the figure, "per annum" and "a year" anywhere in its clause.
  return overlapping(perAnnum, clauseStart, clauseEnd).some((p) =>
    p.from >= clauseStart && p.to <= clauseEnd &&
    (p.to <= h.from || !/^(?:annual|yearly)$/i.test(text.slice(p.from, p.to)))
  );
}

/** What besides the nearest mention can date a figure. */
export interface PeriodSources {
  context: LineContext;
  /** The document's one financial year, if it has one. */
  document: IngestPeriod | null;
  /** The first whole financial year on the line, for a quarter written without one. */
  year: IngestPeriod | null;
  /** The period an earlier sentence of the paragraph set ("In 2022/23 the hub …"). */
  carried: IngestPeriod | null;
  perAnnum: boolean;
}

/** The figure's period from the nearest mention, or what its surroundings say. */
export function periodFor(mention: PeriodMention | null, sources: PeriodSources): IngestPeriod {
  const { context, year, perAnnum } = sources;
  const stated = mention?.period ?? null;
  const heading = headingPeriod(context);
  const document = sources.document ? { ...sources.document, basis: "document" as const } : null;
  // "Q1: 352" takes its year from the line, the heading or the document.
  const dated = stated?.quarter && !stated.financial_year
    ? combine(stated, year ?? heading ?? document ?? stated)
    : stated;
  const carried = sources.carried ? { ...sources.carried, basis: "context" as const } : null;
  const base = dated ?? carried ?? heading ?? document ?? NO_PERIOD;
  return { ...base, per_annum: perAnnum };
}

// The words that make a period the setting of what follows: "In 2022/23 the hub …", "… 145
// referrals in 2023/24. Of these, 61 …". A comparison's baseline or an end date sets nothing.
const SETTING =
  /\b(?:in|during|for|throughout|over)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?$/i;

/**
 * The periods on a line that set the scene for the sentences after them in their paragraph (a
 * whole financial year, a date range or a calendar year), in order.
 */
export function settings(periods: readonly PeriodMention[], text: string): PeriodMention[] {
  return periods.filter((p) => {
    if (p.each || p.period.quarter || p.period.start === null) return false;
    const before = text.slice(Math.max(0, p.from - 40), p.from);
    return SETTING.test(before) && !BASELINE.test(before) && !COMPARED.test(before);
  });
}

// "up from 2,980 in 2022/23": the year of a comparison's baseline sets nothing after it.
const COMPARED =
  /\b(?:than|compared\s+(?:with|to)|versus|since|up from|down from)\b(?:[^,;.]|[,.](?=\d))*$/i;

/** The last of the settings that ends before `at`, or null (found by halving). */
export function settingBefore(found: readonly PeriodMention[], at: number): IngestPeriod | null {
  const low = countBefore(found.length, (i) => found[i].to <= at);
  return low > 0 ? found[low - 1].period : null;
}

// A heading or the line introducing a list ("Funding allocated in 2023/24:") dates what is below.
function headingPeriod(context: LineContext): IngestPeriod | null {
  for (const text of [context.list ? context.listHeading : null, context.heading]) {
    const found = findPeriods(text ?? "")[0];
    if (found) return { ...found.period, basis: "context" };
  }
  return null;
}
