/** The money unit a column header declares. */
export interface MoneyUnit {
  /** Pounds sterling, the only currency these documents use. */
  unit: "GBP";
  /** `"upper"` when the header says the amounts are maxima (`(£ up to)`). */
  bound: "upper" | "lower" | null;
  /** What each number in the column must be multiplied by to give pounds: 1, 1000, 1e6 or 1e9. */
  scale: number;
}

const SCALES: [RegExp, number][] = [
  [/^\s*'?000'?s?(?!\d)/, 1e3],
  [/^\s*(?:k|thousands?)(?![a-z])/i, 1e3],
  [/^\s*(?:m|mn|millions?)(?![a-z])/i, 1e6],
  [/^\s*(?:bn|billions?)(?![a-z])/i, 1e9],
];
const UPPER = /(?:^|[^a-z])(?:up to|max|maximum|at most|not exceeding)(?![a-z])/i;
const LOWER = /(?:^|[^a-z])(?:at least|min|minimum|more than|over)(?![a-z])/i;

/**
 * Reads the unit a column header declares, such as `Funding (£)`, `Spend (£000)` or
 * `Payments within initial period of the contract (£ up to)`.
 *
 * Only a £ sign declares money: `24/25 Spend` gives null and the caller decides. The scale is read
 * right after the £ (`£000`, `£'000`, `£000s`, `£k` → 1000; `£m`, `£mn` → 1e6; `£bn` → 1e9). Bound
 * words (`up to`, `max`, `at least`, `min`) count only inside the brackets holding the £ (or after
 * the £ when there are none), so `Spend over 3 years (£)` is not read as a lower bound.
 *
 * @param header The text of one column header.
 * @returns The unit, or null when the header declares no money unit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseMoneyUnit } from "./mod.ts";
 *
 * assert.deepEqual(parseMoneyUnit("Payments within initial period of the contract (£ up to)"), {
 *   unit: "GBP", bound: "upper", scale: 1,
 * });
 * assert.equal(parseMoneyUnit("Spend (£000)")?.scale, 1000);
 * assert.equal(parseMoneyUnit("24/25 Spend"), null);
 * ```
 */
export function parseMoneyUnit(header: string): MoneyUnit | null {
  if (typeof header !== "string") {
    throw new TypeError(`Cannot read the money unit of ${String(header)}: expected a string`);
  }
  const at = header.indexOf("£");
  if (at < 0) return null;
  const after = header.slice(at + 1);
  const scale = SCALES.find(([pattern]) => pattern.test(after))?.[1] ?? 1;
  const open = header.lastIndexOf("(", at);
  const close = header.indexOf(")", at);
  const context = open >= 0 && close >= 0 ? header.slice(open + 1, close) : after;
  const bound = UPPER.test(context) ? "upper" : LOWER.test(context) ? "lower" : null;
  return { unit: "GBP", bound, scale };
}
