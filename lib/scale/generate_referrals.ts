import { aq } from "../data/arquero.ts";
import { CodedColumn, type Codes, codesFor } from "./_coded_column.ts";
import {
  AGE_WEIGHTS,
  COST_GROWTH,
  ETHNICITY_WEIGHTS,
  NO_AGE,
  NO_AMOUNT,
  QUARTER_WEIGHTS,
  SERVICES,
  SEX_WEIGHTS,
  YEARS,
} from "./_synthetic.ts";

/** Options for {@linkcode generateReferrals}. */
export interface GenerateReferralsOptions {
  /** The seed of the pseudo-random generator (a 32-bit integer); default 1. */
  seed?: number;
}

/**
 * Makes a synthetic referral-level extract: one row per referral with the columns of
 * {@linkcode REFERRAL_SCHEMA}, for testing and benchmarking the analysis at scale. The same
 * `rows` and `seed` give the same table on every machine. The figures are invented (see
 * `lib/scale/_synthetic.ts`) and are no evidence about any real service.
 *
 * Rows come in time order (by financial year, then quarter), as an extract sorted by referral
 * date would; within a quarter they are in random order. About 2% have no age and 1% no amount
 * (null); amounts are whole pounds drawn around each service's mean cost, rising 4% a year.
 * Text columns are dictionary-encoded, with codes in order of first appearance.
 *
 * @param rows How many referrals, a whole number from 0 to 100,000,000.
 * @param options The seed.
 * @returns The table.
 * @throws {RangeError} For a row count or seed that is not a whole number in range.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateReferrals } from "./mod.ts";
 *
 * const t = generateReferrals(1000, { seed: 7 });
 * assert.equal(t.numRows(), 1000);
 * assert.deepEqual(t.objects({ limit: 1 }), generateReferrals(1000, { seed: 7 }).objects({ limit: 1 }));
 * assert.equal(t.get("financial_year", 0), "2019-20"); // time order
 * ```
 */
export function generateReferrals(
  rows: number,
  options: GenerateReferralsOptions = {},
): aq.ColumnTable {
  checkArguments(rows, options);
  const random = mulberry32(options.seed ?? 1);
  const periods = drawPeriods(rows, random);
  const service = new Uint8Array(rows);
  const sex = new Uint8Array(rows);
  const ethnicity = new Uint8Array(rows);
  const age = new Array<number | null>(rows);
  const amount = new Array<number | null>(rows);
  const serviceCdf = cumulative(SERVICES.map((s) => s.weight));
  const ageCdf = cumulative(AGE_WEIGHTS);
  const sexCdf = cumulative(Object.values(SEX_WEIGHTS));
  const ethnicityCdf = cumulative(Object.values(ETHNICITY_WEIGHTS));
  for (let i = 0; i < rows; i++) {
    const s = drawIndex(serviceCdf, random());
    service[i] = s;
    age[i] = random() < NO_AGE ? null : drawIndex(ageCdf, random());
    sex[i] = drawIndex(sexCdf, random());
    ethnicity[i] = drawIndex(ethnicityCdf, random());
    const mean = SERVICES[s].meanCost * COST_GROWTH ** (periods[i] >> 2);
    amount[i] = random() < NO_AMOUNT ? null : Math.round(-mean * Math.log(1 - random()));
  }
  const yearOf = new Uint8Array(rows);
  const quarterOf = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    yearOf[i] = periods[i] >> 2;
    quarterOf[i] = periods[i] & 3;
  }
  return aq.table({
    financial_year: firstSeen(yearOf, YEARS.map((y) => y.label)),
    quarter: firstSeen(quarterOf, ["Q1", "Q2", "Q3", "Q4"]),
    service: firstSeen(service, SERVICES.map((s) => s.name)),
    age,
    sex: firstSeen(sex, Object.keys(SEX_WEIGHTS)),
    ethnicity: firstSeen(ethnicity, Object.keys(ETHNICITY_WEIGHTS)),
    amount_gbp: amount,
  });
}

function checkArguments(rows: number, options: GenerateReferralsOptions): void {
  if (!Number.isInteger(rows) || rows < 0 || rows > 100_000_000) {
    throw new RangeError(
      `Cannot generate ${JSON.stringify(rows)} referrals: the count must be a whole number ` +
        `from 0 to 100,000,000`,
    );
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(
      `Cannot generate referrals with seed ${JSON.stringify(seed)}: the seed must be a whole ` +
        `number from 0 to 4294967295`,
    );
  }
}

// Year × 4 + quarter of each row, drawn independently and then sorted (a counting sort).
function drawPeriods(rows: number, random: () => number): Uint8Array {
  const cdf = cumulative(
    YEARS.flatMap((y) => QUARTER_WEIGHTS.map((q) => y.weight * q)),
  );
  const counts = new Int32Array(cdf.length);
  for (let i = 0; i < rows; i++) counts[drawIndex(cdf, random())]++;
  const out = new Uint8Array(rows);
  let at = 0;
  counts.forEach((n, period) => {
    out.fill(period, at, at + n);
    at += n;
  });
  return out;
}

// Codes numbered in order of first appearance, and only the labels that appear, so grouping by
// codes gives groups in the order a plain array would.
function firstSeen(drawn: Uint8Array, labels: readonly string[]): CodedColumn {
  const remap = new Int32Array(labels.length).fill(-1);
  const values: string[] = [];
  const codes: Codes = codesFor(labels.length, drawn.length);
  for (let i = 0; i < drawn.length; i++) {
    let code = remap[drawn[i]];
    if (code < 0) {
      code = remap[drawn[i]] = values.length;
      values.push(labels[drawn[i]]);
    }
    codes[i] = code;
  }
  return new CodedColumn(codes, values);
}

// a seeded pseudo-random generator (mulberry32), so a synthetic extract is
// the same on every machine and in every run. Math.random cannot be seeded.
/** A generator of uniform numbers in [0, 1) from a 32-bit seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights, for drawing an index with {@linkcode drawIndex}. */
function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w / total;
    out[i] = sum;
  });
  out[out.length - 1] = 1;
  return out;
}

/** The first index whose cumulative weight exceeds `u` (few categories, so a linear scan). */
function drawIndex(cdf: Float64Array, u: number): number {
  let i = 0;
  while (u >= cdf[i]) i++;
  return i;
}
