// Private to lib/ingest: ranges of money ("£5k-£10k", "£5-10k", "£20,000 to £25,000"). The ends
// are bounds: the lower end a lower bound, the upper end an upper bound. A scale written only on
// the upper end ("£5-10k") applies to both ends, as the writer meant: £5,000 to £10,000.
import { type Hit, hit } from "./_hit.ts";
import { readMoney } from "./_money_text.ts";

const JOINER = /^\s*(?:-|–|—|to)\s*$/;
// The widest a joiner and a bare upper end can be: ranges are read only this close together.
const JOINER_WIDTH = 40;
const BARE_WIDTH = 60;
const BARE_UPPER =
  /^(\s?(?:-|–|—|to)\s?)(\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|thousand|billion))(?![a-z])/i;

/** The hits with range ends marked as bounds, and a bare upper end ("-10k") added. */
export function markRanges(text: string, hits: Hit[]): Hit[] {
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
