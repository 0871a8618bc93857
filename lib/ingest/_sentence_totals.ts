// Private to lib/ingest: totals stated in a sentence with their parts, "A total of £120,000 was
// allocated: £70,000 to Kite Advocacy and £50,000 to Willow ISVA", "The combined budget of
// £95,000 is made up of £60,000 from the PCC and £35,000 from the council", so --check can
// reconcile them.
import type { IngestFigure } from "./types.ts";

/** The figures one reading made, where it is, and its sentence. */
export interface Made {
  from: number;
  to: number;
  unit: string;
  sentence: readonly [number, number];
  figures: IngestFigure[];
}

const TOTAL_BEFORE =
  /\b(?:(?:a|the)\s+(?:grand\s+|combined\s+|overall\s+)?total|combined|overall|aggregate)\s+(?:[a-z]+\s+){0,3}?(?:of|was|is|were|are|came to|amounted to|stood at)\s*$|\bin\s+total\s*,?\s*$/i;
// What says the figures after a total are its parts.
const PARTS =
  /:|\b(?:made up of|comprising|comprised of|consisting of|split (?:between|as|into)|broken down (?:as|into)|of which|namely)\b/i;

/** Marks each total a sentence states as one, with the spans of the parts it names. */
export function markSentenceTotals(text: string, made: readonly Made[]): void {
  made.forEach((total, i) => {
    const before = text.slice(Math.max(total.sentence[0], total.from - 60), total.from);
    if (!TOTAL_BEFORE.test(before) || total.unit !== "GBP" && total.unit !== "count") return;
    const parts = made.slice(i + 1).filter((m) =>
      m.sentence[0] === total.sentence[0] && m.unit === total.unit
    );
    const named = parts.length >= 2 && PARTS.test(text.slice(total.to, parts[0].from));
    for (const figure of total.figures) {
      figure.role = "total";
      figure.parts = named
        ? parts.map((m) => ({
          line: m.figures[0].line,
          start: m.figures[0].start,
          end: m.figures[0].end,
        }))
        : null;
    }
  });
}
