// Private to lib/ingest: which characters of a line earlier readings have claimed, so a new span
// is tested against all of them at once (in time proportional to its own length, not to the
// number of spans claimed: a line of 50,000 figures is read in linear time).

import { countBefore } from "./_halving.ts";

/** One flag per character of a line: 1 where a claimed span covers it. */
export type Claimed = Uint8Array;

/** No character claimed, on a line of `length` characters. */
export function claimedNone(length: number): Claimed {
  return new Uint8Array(length + 1);
}

/** True when no character of `from`..`to` (end exclusive) is claimed. */
export function isFree(claimed: Claimed, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (claimed[i] === 1) return false;
  return true;
}

/** Claims the characters `from`..`to` (end exclusive). */
export function claim(claimed: Claimed, from: number, to: number): void {
  claimed.fill(1, from, to);
}

/**
 * The spans of a list that overlap `from`..`to`. The list must be in order and its spans must
 * not overlap one another (as the readers' mentions are), so it is searched, not scanned.
 */
export function overlapping<T extends { from: number; to: number }>(
  spans: readonly T[],
  from: number,
  to: number,
): T[] {
  const low = countBefore(spans.length, (i) => spans[i].to <= from);
  const out: T[] = [];
  for (let i = low; i < spans.length && spans[i].from < to; i++) out.push(spans[i]);
  return out;
}
