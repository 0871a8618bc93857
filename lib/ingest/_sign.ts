// Private to lib/ingest: a minus sign written just before a figure ("-£5,000", "−4.5%"). Missing
// it would give a wrong number without a word, so it is always read; when it could instead be a
// dash after a label ("Variance -£5k"), the figure carries a warning that says so.

const LOOK = 40;

/** A minus sign found before a figure. */
export interface Minus {
  /** Where the sign is. */
  at: number;
  /** A warning when the sign could be a dash, else null. */
  warning: string | null;
}

/** The minus sign right before position `at` (the £ or first digit), or null. */
export function minusBefore(text: string, at: number): Minus | null {
  const sign = text[at - 1];
  if (sign !== "-" && sign !== "−") return null;
  // Only the few characters around the sign matter; slicing the whole line for each figure
  // would make a long line quadratic.
  const before = text.slice(Math.max(0, at - 1 - LOOK), at - 1);
  if (before !== "" && !/[\s(:;=]$/.test(before)) return null;
  const label = /[A-Za-z)]\s+$/.test(before) && sign === "-";
  const written = text.slice(at - 1, at - 1 + LOOK).match(/^\S+/)![0];
  const warning = label
    ? `Read "${written}" as a negative figure: the "-" after the words before it could be a dash`
    : null;
  return { at: at - 1, warning };
}
