// Private to lib/parse: the digit-run rules shared by money, count and percent.

/** A run of digits with optional thousands commas, as it starts a number. */
export const DIGIT_RUN = /^(\d[\d,]*)(?:\.(\d+))?/;

/**
 * Says what is wrong with a digit run such as `1,234,567`, or null when it is well formed.
 * Only UK grouping is allowed (threes), so `1,00,000` and `12,34` are typos, not numbers.
 */
export function groupingProblem(run: string): string | null {
  if (!run.includes(",")) {
    return run.length > 1 && run[0] === "0" ? "the number has a leading zero" : null;
  }
  const [first, ...rest] = run.split(",");
  if (first.length > 3 || rest.some((group) => group.length !== 3)) {
    return "digit groups must have three digits";
  }
  return first[0] === "0" ? "the number has a leading zero" : null;
}

/**
 * The exact value of `digits × 10^exponent` (decimal arithmetic done by the number parser, so
 * `2.765` million is 2765000, not 2764999.9999999995).
 */
export function decimalValue(digits: string, exponent: number): number {
  return Number(`${digits}e${exponent}`);
}
