/** The money unit a column header declares. */
export interface MoneyUnit {
  /** Pounds sterling, the only currency these documents use. */
  unit: "GBP";
  /** `"upper"` when the header says the amounts are maxima (`(£ up to)`). */
  bound: "upper" | "lower" | null;
  /** What each number in the column must be multiplied by to give pounds: 1, 1000, 1e6 or 1e9. */
  scale: number;
}

// What may follow the £ sign to declare a scale, longest first: "£000", "£'000", "£000s",
// "£1000s", "£1,000s", "£ (thousands)", "£k", "£m", "£million", "£b", "£bn".
const SCALES: [RegExp, number][] = [
  [/^['’]?000,?000['’]?s?(?![\d,])/, 1e6],
  [/^1,?000,?000s(?![\d,])/, 1e6],
  [/^['’]?000['’]?s?(?![\d,])/, 1e3],
  [/^1,?000s(?![\d,])/, 1e3],
  [/^(?:k|thousands?)(?![a-z])/i, 1e3],
  [/^(?:m|mn|millions?)(?![a-z])/i, 1e6],
  [/^(?:b|bn|billions?)(?![a-z])/i, 1e9],
];
// Between the £ and its scale: spaces, a comma or bracket, "in" ("£ (in thousands)").
const LEAD = /^[\s,(]*(?:in\s+)?/i;
// An amount after the £ ("Grants under £5k") names a sum, not the column's unit.
const AMOUNT =
  /^\s?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?(?:\s?(?:k|m|mn|bn|thousand|million|billion))?(?![\w'’,])/i;
// A scale written in a way not read above: digits, or a word for a multiple.
const UNKNOWN_SCALE = /^(?:\d[\d,'’]*s?|(?:hundreds?|tens?|lakhs?|crores?|thou|thous)\b)/i;
const UPPER = /(?:^|[^a-z])(?:up to|max|maximum|at most|not exceeding)(?![a-z])/i;
const LOWER = /(?:^|[^a-z])(?:at least|min|minimum|more than|over)(?![a-z])/i;

/**
 * Reads the unit a column header declares, such as `Funding (£)`, `Spend (£000)` or
 * `Payments within initial period of the contract (£ up to)`.
 *
 * Only a £ sign declares money: `24/25 Spend` gives null and the caller decides. The scale is read
 * right after the £: `£000`, `£'000`, `£000s`, `£1000s`, `£k`, `£ (thousands)` → 1000; `£m`,
 * `£mn`, `£million` → 1e6; `£b`, `£bn`, `£billion` → 1e9. A £ before an amount (`Grants under
 * £5k`) is not the unit. Bound words (`up to`, `max`, `at least`, `min`) count only inside the
 * brackets holding the £ (or after the £ when there are none), so `Spend over 3 years (£)` is not
 * read as a lower bound.
 *
 * @param header The text of one column header.
 * @returns The unit, or null when the header declares no money unit.
 * @throws {SyntaxError} When a scale follows the £ that is not one of those above (`£00`,
 *   `£ (hundreds)`): the amounts cannot be read without it, and guessing would be wrong by a
 *   factor of a hundred or more.
 * @throws {TypeError} When the header is not a string.
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
 * assert.equal(parseMoneyUnit("Spend £ (thousands)")?.scale, 1000);
 * assert.equal(parseMoneyUnit("24/25 Spend"), null);
 * assert.throws(() => parseMoneyUnit("Spend (£00)"), SyntaxError);
 * ```
 */
export function parseMoneyUnit(header: string): MoneyUnit | null {
  if (typeof header !== "string") {
    throw new TypeError(`Cannot read the money unit of ${String(header)}: expected a string`);
  }
  for (let at = header.indexOf("£"); at >= 0; at = header.indexOf("£", at + 1)) {
    const after = header.slice(at + 1);
    const rest = after.replace(LEAD, "");
    const scale = SCALES.find(([pattern]) => pattern.test(rest))?.[1];
    if (scale === undefined && AMOUNT.test(after)) continue;
    const unknown = scale === undefined ? UNKNOWN_SCALE.exec(rest) : null;
    if (unknown) {
      throw new SyntaxError(
        `Cannot read the money unit of "${header}": "${unknown[0]}" after the £ sign is not a ` +
          "scale (expected £, £000, £k, £m or £bn)",
      );
    }
    const open = header.lastIndexOf("(", at);
    const close = header.indexOf(")", at);
    const context = open >= 0 && close >= 0 ? header.slice(open + 1, close) : after;
    const bound = UPPER.test(context) ? "upper" : LOWER.test(context) ? "lower" : null;
    return { unit: "GBP", bound, scale: scale ?? 1 };
  }
  return null;
}
