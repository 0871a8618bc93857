// Private to lib/analysis: placing rows in time. Labels are parsed once per distinct value (a
// million-row table has few distinct years), and the result is a typed array per row.
import { financialYear, parseFinancialYear } from "../parse/financial_year.ts";
import { parseQuarter } from "../parse/quarter.ts";
import { describeValue } from "../format/describe_value.ts";

/** The start year of each row's financial year; a null or unreadable label throws. */
export function yearStarts(
  fn: string,
  column: string,
  labels: ArrayLike<unknown>,
  rows: ArrayLike<number>,
): Int32Array {
  const cache = new Map<unknown, number>();
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    let start = cache.get(label);
    if (start === undefined) {
      start = readYear(fn, column, label, rows[i]);
      cache.set(label, start);
    }
    out[i] = start;
  }
  return out;
}

function readYear(fn: string, column: string, label: unknown, row: number): number {
  if (label === null || label === undefined || label === "") {
    throw new RangeError(
      `Cannot ${fn}: row index ${row} has no time: column ${describeValue(column)} is empty ` +
        `(filter out totals and subtotals that span several years first)`,
    );
  }
  try {
    return parseFinancialYear(String(label)).startYear;
  } catch (error) {
    throw new RangeError(
      `Cannot ${fn}: financial year ${describeValue(label)} unreadable in column ${
        describeValue(column)
      } at row ` +
        `index ${row}: ${(error as Error).message}`,
    );
  }
}

/** The quarter (1-4) of each row, read with its financial year. */
export function quarterNumbers(
  fn: string,
  column: string,
  labels: ArrayLike<unknown>,
  starts: Int32Array,
  rows: ArrayLike<number>,
): Int8Array {
  // Keyed by label, then year: a quarter written as dates depends on its year.
  const cache = new Map<unknown, Map<number, number>>();
  const out = new Int8Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let byYear = cache.get(labels[i]);
    if (byYear === undefined) cache.set(labels[i], byYear = new Map());
    let quarter = byYear.get(starts[i]);
    if (quarter === undefined) {
      try {
        quarter = parseQuarter(String(labels[i]), financialYear(starts[i])).quarter;
      } catch (error) {
        throw new RangeError(
          `Cannot ${fn}: quarter ${describeValue(labels[i])} unreadable in column ${
            describeValue(column)
          } at row ` +
            `index ${rows[i]}: ${(error as Error).message}`,
        );
      }
      byYear.set(starts[i], quarter);
    }
    out[i] = quarter;
  }
  return out;
}

/** The canonical label of the financial year starting in `start`, e.g. `"2023-24"`. */
export function yearLabel(start: number): string {
  return financialYear(start).label;
}

/** The label of a quarter counted from year 0 (start year × 4 + quarter − 1), e.g. `"2023-24 Q1"`. */
export function quarterLabel(index: number): string {
  return `${yearLabel(Math.floor(index / 4))} Q${(index % 4) + 1}`;
}
