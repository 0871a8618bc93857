// Private to tests/parse: checks both the error class and the exact message, as the guide asks.
import assert from "node:assert/strict";

/** Asserts that `fn` throws an instance of `kind` whose message is exactly `message`. */
export function assertThrowsWith(
  fn: () => unknown,
  kind: ErrorConstructor | TypeErrorConstructor,
  message: string,
): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
    assert.equal(error.constructor, kind);
    assert.equal(error.message, message);
    return true;
  });
}

/** Writes a whole number with UK thousands separators, e.g. 1531941 → "1,531,941". */
export function groupThousands(n: number | bigint): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
