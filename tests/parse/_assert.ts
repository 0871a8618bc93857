import fc from "fast-check";

// Private to tests/parse: writing expected numbers and drawing dates. Errors are checked with tests/_assert.ts.

/** Writes a whole number with UK thousands separators, e.g. 1531941 → "1,531,941". */
export function groupThousands(n: number | bigint): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Any valid date whose financial year the parsers can name (April 1000 to December 9998). */
export const anyDate = fc.date({
  min: new Date("1000-04-01T00:00:00Z"),
  max: new Date("9998-12-31T23:59:59Z"),
  noInvalidDate: true,
});
