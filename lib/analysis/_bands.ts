// Private to lib/analysis: reading ageBands()'s "bands" option and placing ages in bands.
import { aq } from "../data/arquero.ts";
import { describeValue } from "../format/describe_value.ts";

/** A band after normalisation. */
export interface Band {
  label: string;
  from: number;
  to: number;
}

/** Reads bands given as `[from, to]` pairs or `{ label?, from, to }`, whole years inclusive. */
export function readBands(fn: string, value: unknown, fallback: Band[]): Band[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0) {
    throw new TypeError(
      `Cannot ${fn}: option "bands" must be a non-empty list of [from, to] pairs or ` +
        `{ label, from, to } objects, got ${describeValue(value)}`,
    );
  }
  const bands = value.map((item) => readBand(fn, item));
  const sorted = [...bands].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].from <= sorted[i - 1].to) {
      throw new RangeError(
        `Cannot ${fn}: option "bands" has overlapping bands ${
          describeValue(sorted[i - 1].label)
        } and ` +
          `${describeValue(sorted[i].label)}`,
      );
    }
  }
  return bands;
}

function readBand(fn: string, item: unknown): Band {
  const pair = Array.isArray(item) ? { from: item[0], to: item[1] } : item;
  if (pair === null || typeof pair !== "object") {
    throw new TypeError(
      `Cannot ${fn}: option "bands" has ${bandText(item)}, which is not a band`,
    );
  }
  const { from, to, label } = pair as { from: unknown; to: unknown; label?: unknown };
  if (
    !Number.isInteger(from) || !Number.isInteger(to) || (from as number) < 0 ||
    (to as number) < (from as number) || (Array.isArray(item) && item.length !== 2)
  ) {
    throw new RangeError(
      `Cannot ${fn}: option "bands" has ${
        bandText(item)
      }: a band is two whole-year ages, from ≤ to`,
    );
  }
  if (label !== undefined && typeof label !== "string") {
    throw new TypeError(
      `Cannot ${fn}: option "bands" has label ${describeValue(label)}, which is not a string`,
    );
  }
  return { label: label ?? `${from}-${to}`, from: from as number, to: to as number };
}

/** The bands as a table (`__band`, label, from, to), with the unknown band last. */
export function bandTable(bands: Band[], unknownLabel: string): aq.ColumnTable {
  return aq.table({
    __band: [...bands.map((_, i) => i), bands.length],
    age_band: [...bands.map((b) => b.label), unknownLabel],
    age_from: [...bands.map((b) => b.from), null],
    age_to: [...bands.map((b) => b.to), null],
  });
}

// A band as the user wrote it (`[5,1]`, `{"from":5}`): clearer than describeValue's "an array".
function bandText(item: unknown): string {
  return typeof item === "object" && item !== null ? JSON.stringify(item) : describeValue(item);
}
