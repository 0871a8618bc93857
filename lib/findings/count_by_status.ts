import { type Finding, FINDING_STATUSES, type FindingStatus } from "./finding.ts";

/**
 * Counts findings by status.
 *
 * @param findings The findings.
 * @returns A count for every status, zero included, in the order of {@linkcode FINDING_STATUSES}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countByStatus, runFindings } from "./mod.ts";
 * const counts = countByStatus(await runFindings());
 * assert.ok(counts.discrepancy >= 1);
 * assert.deepEqual(Object.keys(counts), [
 *   "reproduced", "discrepancy", "coverage", "bounded", "not-computable",
 * ]);
 * ```
 */
export function countByStatus(
  findings: readonly Pick<Finding, "status">[],
): Record<FindingStatus, number> {
  const counts = Object.fromEntries(FINDING_STATUSES.map((s) => [s, 0])) as Record<
    FindingStatus,
    number
  >;
  for (const { status } of findings) {
    if (!(status in counts)) {
      throw new RangeError(`Cannot count findings: status "${status}" is not a finding status`);
    }
    counts[status]++;
  }
  return counts;
}
