// Private to lib/ingest: where sentences start and end on a line, so a figure takes its period
// and subject from its own sentence. A sentence longer than MAX_SENTENCE characters (no real one
// is; the longest in the five seeds is 466) is cut at a space, and a figure looks at most REACH
// characters either side of itself, so reading a line costs time in proportion to its length
// however it is written (one 5 MB line, a run of no-break spaces).

import { countBefore } from "./_halving.ts";

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS =
  /\b(?:no|nos|st|mr|mrs|ms|dr|ltd|co|inc|vs|etc|approx|yr|yrs|ref|para|c|ca|e\.g|i\.e|fig|dept|govt)\.$/i;
// A run of stops starts only after a character that is not one, so "....." is tried once.
const END = /(?<![.!?])[.!?]+["'”’)]*\s+(?=[A-Z£("“‘0-9])/g;
const MAX_SENTENCE = 1000;

/** How far before or after a figure its label and period are looked for. */
export const REACH = 300;

/** The [start, end) spans of the sentences on a line. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    while (end - start > MAX_SENTENCE) {
      const cut = spaceBefore(text, start + MAX_SENTENCE, start + MAX_SENTENCE / 2);
      spans.push([start, cut]);
      start = cut;
    }
    spans.push([start, end]);
  };
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

// The last space at or before `at` and after `floor`, else `at`: where to cut a long sentence.
function spaceBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (text[i] === " ") return i;
  return at;
}

/** The span of the sentence holding position `at` (the spans in order, as given above). */
export function sentenceAt(spans: readonly [number, number][], at: number): [number, number] {
  const low = Math.max(0, countBefore(spans.length, (i) => spans[i][0] <= at) - 1);
  return at < spans[low][1] ? spans[low] : spans.at(-1)!;
}

/** The part of a sentence within {@linkcode REACH} of the characters `from`..`to`. */
export function near(
  sentence: readonly [number, number],
  from: number,
  to: number,
): [number, number] {
  return [Math.max(sentence[0], from - REACH), Math.min(sentence[1], to + REACH)];
}
