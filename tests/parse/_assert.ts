// Private to tests/parse: writing expected numbers. Errors are checked with tests/_assert.ts.

/** Writes a whole number with UK thousands separators, e.g. 1531941 → "1,531,941". */
export function groupThousands(n: number | bigint): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
