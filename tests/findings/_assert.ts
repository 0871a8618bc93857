// Private to tests/findings: checks both the error class and the exact message, as the guide asks.
import assert from "node:assert/strict";

/** Asserts that `fn` throws an instance of exactly `kind` whose message is exactly `message`. */
export function assertThrowsWith(
  fn: () => unknown,
  kind: ErrorConstructor | TypeErrorConstructor | RangeErrorConstructor,
  message: string,
): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
    assert.equal(error.constructor, kind);
    assert.equal(error.message, message);
    return true;
  });
}

/** Like {@linkcode assertThrowsWith} for a promise. */
export async function assertRejectsWith(
  promise: Promise<unknown>,
  // deno-lint-ignore no-explicit-any
  kind: new (...args: any[]) => Error,
  message: string,
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
    assert.equal(error.constructor, kind);
    assert.equal(error.message, message);
    return true;
  });
}
