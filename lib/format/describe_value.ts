/**
 * Quotes a bad value for an error message, in the toolkit's one voice: text in double quotes,
 * numbers, booleans, null and undefined as they are, and other values by what they are. A
 * Promise says what usually went wrong: `a Promise (did you forget await?)`.
 *
 * @param value Any value.
 * @returns The value as an error message names it.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describeValue } from "./mod.ts";
 * assert.equal(describeValue("£12,34"), '"£12,34"');
 * assert.equal(describeValue(null), "null");
 * assert.equal(describeValue(Promise.resolve(1)), "a Promise (did you forget await?)");
 * assert.equal(describeValue([1, 2]), "an array");
 * assert.equal(describeValue(new Map()), "a Map");
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (value === null || typeof value !== "object" && typeof value !== "function") {
    return String(value);
  }
  if (isPromise(value)) return "a Promise (did you forget await?)";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  if (typeof name !== "string" || name === "" || name === "Object") return "an object";
  return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

/**
 * Whether a value is a Promise or another thenable: what an `async` function such as `load()`
 * returns before it is awaited.
 *
 * @param value Any value.
 * @returns True for a Promise or an object with a `then` method.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isPromise } from "./mod.ts";
 * assert.equal(isPromise(Promise.resolve(1)), true);
 * assert.equal(isPromise({ then: 1 }), false);
 * ```
 */
export function isPromise(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null &&
    typeof (value as { then?: unknown }).then === "function";
}
