// Private to lib/ingest: a figure found on one line of text, before its label and period.
import type { IngestFigure } from "./types.ts";
import { claim, type Claimed, isFree } from "./_spans.ts";

/** A figure's reading (the fields it will have as an {@linkcode IngestFigure}) and its span. */
export interface Hit extends
  Pick<
    IngestFigure,
    "value" | "unit" | "scale" | "approximate" | "bound" | "suppressed" | "missing_reason"
  > {
  from: number;
  to: number;
  warning: string | null;
  /** What a count or length is of, in the words after the number (`service users`). */
  noun: string | null;
  /** A label the layout gives (`Referrals: 105`, `Victim Support £411,834`). */
  lead: string | null;
  /** True when the words right next to the figure make it yearly (`£400pa`). */
  perAnnum: boolean;
}

/** Text that looked like a figure but could not be read; reported, never guessed. */
export interface Refusal {
  from: number;
  to: number;
  message: string;
}

/** A hit with the defaults filled in. */
export function hit(fields: Partial<Hit> & Pick<Hit, "from" | "to" | "value" | "unit">): Hit {
  return {
    scale: 1,
    approximate: false,
    bound: null,
    suppressed: false,
    missing_reason: null,
    warning: null,
    noun: null,
    lead: null,
    perAnnum: false,
    ...fields,
  };
}

/** A count withheld as `written` (`<5`, `fewer than 5`): no value, suppressed, and why. */
export function withheldCount(
  from: number,
  to: number,
  written: string,
  fields: Partial<Hit>,
): Hit {
  const missing_reason = `Suppressed (${written})`;
  return hit({ from, to, value: null, unit: "count", suppressed: true, missing_reason, ...fields });
}

/** Keeps hits that do not overlap an earlier (higher-priority) one, in line order; `claimed`
 * ends holding the kept hits' characters. */
export function withoutOverlaps(hits: readonly Hit[], claimed: Claimed): Hit[] {
  const kept: Hit[] = [];
  for (const candidate of hits) {
    if (!isFree(claimed, candidate.from, candidate.to)) continue;
    claim(claimed, candidate.from, candidate.to);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.from - b.from);
}
