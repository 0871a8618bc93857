import { parseMoney, type ParseMoneyOptions } from "./money.ts";

/**
 * Says whether {@linkcode parseMoney} would read the text as an amount, for sniffing a column.
 *
 * @param text The text of one cell or phrase.
 * @param options The same options as `parseMoney`.
 * @returns True when `parseMoney(text, options)` returns rather than throws.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isMoney } from "./mod.ts";
 *
 * assert.equal(isMoney("£20,000"), true);
 * assert.equal(isMoney("Information held by NHSE"), false);
 * ```
 */
export function isMoney(text: string, options: ParseMoneyOptions = {}): boolean {
  try {
    parseMoney(text, options);
    return true;
  } catch {
    return false;
  }
}
