// Private to tests/analysis: comparing tables as plain columns (Arquero's habit) and numbers to
// a number of decimal places. Errors are checked with tests/_assert.ts.
import assert from "node:assert/strict";
import type * as aq from "arquero";

/** The named columns of a table as plain arrays, for `assert.deepEqual`. */
export function columns(
  table: aq.ColumnTable,
  names: readonly string[],
): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of names) out[name] = Array.from(table.array(name) as ArrayLike<unknown>);
  return out;
}

/** Asserts two numbers agree to `digits` decimal places (floating point, not exact arithmetic). */
export function assertClose(actual: unknown, expected: number, digits = 9): void {
  assert.equal(typeof actual, "number", `expected a number, got ${String(actual)}`);
  const tolerance = 10 ** -digits;
  assert.ok(
    Math.abs((actual as number) - expected) < tolerance,
    `expected ${expected} (±${tolerance}), got ${String(actual)}`,
  );
}

/** The rows of a table as plain records. */
export function rows(table: aq.ColumnTable): Record<string, unknown>[] {
  return table.objects() as Record<string, unknown>[];
}
