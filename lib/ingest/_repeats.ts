// Private to lib/ingest: a fact a document states more than once (in its summary and again in its
// body: "the PCC spent £2.4m on victim services in 2023/24") is one figure that cites every place.

import type { IngestFigure } from "./types.ts";

/** The figures with each repeated statement merged into its first, which lists the others in `also`. */
export function mergeRepeats(figures: readonly IngestFigure[]): IngestFigure[] {
  const first = new Map<string, IngestFigure>();
  const out: IngestFigure[] = [];
  for (const figure of figures) {
    const key = keyOf(figure);
    const seen = key === null ? undefined : first.get(key);
    if (seen) {
      seen.also.push({ line: figure.line, start: figure.start, end: figure.end });
      continue;
    }
    const kept = { ...figure, also: [...figure.also] };
    if (key !== null) first.set(key, kept);
    out.push(kept);
  }
  return out;
}

// Only a figure of running text with a value and a label can be told to be the same fact; a
// table's cells are each their own.
function keyOf(f: IngestFigure): string | null {
  if (f.table !== null || f.value === null || f.label === "") return null;
  const label = f.label.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  const p = f.period;
  return [f.unit, f.value, label, f.role, p.financial_year, p.quarter, p.start, p.end, p.per_annum]
    .join("|");
}
