import { describeValue } from "../format/describe_value.ts";
import { formatValue } from "../format/format_value.ts";
import { checkFinite, fragment } from "./_markdown.ts";
import type { Markdown } from "./md.ts";
import type { NumOptions } from "./num.ts";

/** Options for {@linkcode count}: a sign for a rise, as {@linkcode num}'s. */
export type CountOptions = NumOptions;

/**
 * Writes a count for a notebook's narrative, grouped as in tables: `1,351`; with `signed`, a
 * rise as `+444`.
 *
 * @param value A whole number.
 * @param options The sign.
 * @returns Markdown for {@linkcode md}.
 * @throws {TypeError} When the value is null, undefined or not a finite number.
 * @throws {RangeError} When the value is not a whole number (an average is not a count: use
 * {@linkcode num}).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { count } from "./mod.ts";
 * assert.equal(count(1351).text, "1,351"); // FOI 0004-24 line 79
 * assert.equal(count(1795 - 1351, { signed: true }).text, "+444");
 * assert.throws(() => count(337.75), RangeError);
 * ```
 */
export function count(value: number, options: CountOptions = {}): Markdown {
  const n = checkFinite("count", value);
  if (!Number.isInteger(n)) {
    throw new RangeError(
      `Cannot write count ${describeValue(n)}: it is not a whole number (use num())`,
    );
  }
  const text = formatValue(n, "count", { signed: options.signed });
  return fragment(text, text);
}
