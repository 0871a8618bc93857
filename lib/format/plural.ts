import { formatValue } from "./format_value.ts";

/**
 * A count with its noun, in the singular for one: `1 row`, `1,351 referrals`, `0 findings`. The
 * count is grouped as every count is; the plural adds an `s` unless given.
 *
 * @param count A whole number.
 * @param noun The noun in the singular.
 * @param nouns The plural, when it is not the noun with an `s`.
 * @returns The count and the noun.
 * @throws {RangeError} For NaN or an infinite count.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plural } from "./mod.ts";
 * assert.equal(plural(1, "row"), "1 row");
 * assert.equal(plural(1351, "referral"), "1,351 referrals"); // FOI 0004-24 line 79
 * assert.equal(plural(2, "child", "children"), "2 children");
 * ```
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatValue(count, "count")} ${count === 1 ? noun : nouns}`;
}
