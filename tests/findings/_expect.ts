// Private to tests/findings: compares a finding from a run with what the test reads off the
// source document.
import assert from "node:assert/strict";
import type { Finding } from "../../lib/findings/mod.ts";

/** The fields of a finding a test states, the note aside; coverage and bounds when it has them. */
export type Expected =
  & Omit<
    Finding,
    "id" | "claim" | "note" | "difference" | "source" | "coverage" | "bounds" | "checks"
  >
  & Partial<Pick<Finding, "coverage" | "bounds">>
  & { line: number };

/**
 * Asserts a finding's source, figures, difference (computed - stated), status, and its coverage
 * and bounds (null unless the test gives them).
 */
export function expectFinding(
  findings: readonly Finding[],
  id: string,
  seed: string,
  want: Expected,
): Finding {
  const found = findings.find((f) => f.id === id);
  assert.ok(found !== undefined, `no finding "${id}"`);
  const difference = want.stated === null || want.computed === null
    ? null
    : want.computed - want.stated;
  assert.deepEqual(
    {
      source: found.source,
      stated: found.stated,
      computed: found.computed,
      difference: found.difference,
      unit: found.unit,
      tolerance: found.tolerance,
      status: found.status,
      coverage: found.coverage,
      bounds: found.bounds,
    },
    {
      source: { seed, line: want.line },
      stated: want.stated,
      computed: want.computed,
      difference,
      unit: want.unit,
      tolerance: want.tolerance,
      status: want.status,
      coverage: want.coverage ?? null,
      bounds: want.bounds ?? null,
    },
    id,
  );
  return found;
}
