// Formatting for the site's tables: run times, names in sentences (numbers, figures with their
// units and counts with their nouns are lib/format's).

/** A run time for people: `850 ms`, `12.3 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Names joined as in a sentence: `A`, `A and B`, `A, B and C`. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
