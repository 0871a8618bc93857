// Private to lib/ingest: where sentences start and end on a line, so a figure takes its period
// and subject from its own sentence.

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS =
  /\b(?:no|nos|st|mr|mrs|ms|dr|ltd|co|inc|vs|etc|approx|yr|yrs|ref|para|c|ca|e\.g|i\.e|fig|dept|govt)\.$/i;

/** The [start, end) spans of the sentences on a line. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+["'”’)]*\s+(?=[A-Z£("“‘0-9])/g)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    spans.push([start, end]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

/** The span of the sentence holding position `at`. */
export function sentenceAt(spans: readonly [number, number][], at: number): [number, number] {
  return spans.find(([from, to]) => at >= from && at < to) ?? spans.at(-1)!;
}
