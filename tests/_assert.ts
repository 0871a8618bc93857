/**
 * Assertions shared by the tests of every area: an error is checked by its exact class and its
 * exact message, as the developers' guide asks.
 *
 * @module
 */
import assert from "node:assert/strict";

// deno-lint-ignore no-explicit-any
type ErrorClass = new (...args: any[]) => Error;

/** Asserts that `fn` throws an instance of exactly `kind` whose message is exactly `message`. */
export function assertThrowsWith(fn: () => unknown, kind: ErrorClass, message: string): void {
  assert.throws(fn, (error: unknown) => isExactly(error, kind, message));
}

/** Like {@linkcode assertThrowsWith} for a promise. */
export async function assertRejectsWith(
  promise: Promise<unknown>,
  kind: ErrorClass,
  message: string,
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => isExactly(error, kind, message));
}

function isExactly(error: unknown, kind: ErrorClass, message: string): true {
  assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
  assert.equal(error.constructor, kind);
  assert.equal(error.message, message);
  return true;
}
