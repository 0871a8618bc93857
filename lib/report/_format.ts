// Formatting for the site's tables: run times, figures with units, names in sentences.

/** A run time for people: `850 ms`, `12.3 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A figure with its unit: `£435,000`, `1,351`, `26.49%`, `5 years`; null is a dash. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return "—";
  const sign = value < 0 ? "-" : "";
  const digits = Math.abs(value).toLocaleString("en-GB", { maximumFractionDigits: 2 });
  switch (unit) {
    case "GBP":
      return `${sign}£${digits}`;
    case "count":
      return `${sign}${digits}`;
    case "percent":
      return `${sign}${digits}%`;
    case "years":
    case "months":
      return `${sign}${digits} ${Math.abs(value) === 1 ? unit.slice(0, -1) : unit}`;
    default:
      return `${sign}${digits} ${unit}`;
  }
}

/** Names joined as in a sentence: `A`, `A and B`, `A, B and C`. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Plural of a count: `1 notebook`, `2 notebooks`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
