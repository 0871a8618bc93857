// Private to lib/parse: the words before an amount that make it approximate or a bound.

/** What the words in front of an amount say about it. */
export interface Qualifiers {
  approximate: boolean;
  bound: "upper" | "lower" | null;
  rest: string;
}

// A word only counts when a number, £ or sign follows, so "c" in "cost" is left alone.
const NEXT = String.raw`(?=[\s£\d(\-−])`;
const UPPER = new RegExp(
  String.raw`^(?:up to|less than|under|below|no more than|not more than|at most)${NEXT}`,
  "i",
);
const LOWER = new RegExp(
  String.raw`^(?:more than|over|above|at least|in excess of|no less than|not less than)${NEXT}`,
  "i",
);
const APPROXIMATE = new RegExp(
  String
    .raw`^(?:circa|approximately|approx\.|approx|around|about|roughly|nearly|almost|some|ca\.|c\.|c|~)${NEXT}`,
  "i",
);

/**
 * Strips the leading qualifier words (at most one bound and one approximation, in either order)
 * and reports what they said.
 */
export function readQualifiers(text: string): Qualifiers {
  let rest = text.trim();
  let approximate = false;
  let bound: Qualifiers["bound"] = null;
  for (let i = 0; i < 2; i++) {
    const upper = bound === null ? UPPER.exec(rest) : null;
    const lower = bound === null ? LOWER.exec(rest) : null;
    const approx = approximate ? null : APPROXIMATE.exec(rest);
    const match = upper ?? lower ?? approx;
    if (match === null) break;
    if (upper) bound = "upper";
    else if (lower) bound = "lower";
    else approximate = true;
    rest = rest.slice(match[0].length).trim();
  }
  return { approximate, bound, rest };
}
