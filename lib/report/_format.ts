// Formatting for the site's tables: names in sentences (numbers, figures with their units, run
// times and counts with their nouns are lib/format's).

/** Names joined as in a sentence: `A`, `A and B`, `A, B and C`. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
