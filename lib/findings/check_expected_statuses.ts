import type { Finding, FindingDefinition, FindingStatus } from "./finding.ts";
import { findingDefinitions } from "./finding_definitions.ts";

/** A finding whose status is not the one recorded for it. */
export interface Regression {
  /** The finding's id. */
  id: string;
  /** The recorded status; null when the finding has none recorded. */
  expected: FindingStatus | null;
  /** The status found; null when the finding was not run. */
  actual: FindingStatus | null;
  /** What changed, in a sentence. */
  message: string;
}

/** Options for {@linkcode checkExpectedStatuses}. */
export interface CheckExpectedStatusesOptions {
  /** The definitions holding the recorded statuses; defaults to the whole registry. */
  definitions?: readonly FindingDefinition[];
}

/**
 * Compares each finding's status with the status recorded in its definition. A discrepancy is a
 * result, not a failure; a status that has changed is a regression: the data, an extractor or a
 * definition changed what the documents are found to say.
 *
 * @param findings The findings of a run.
 * @param options The definitions to compare with.
 * @returns The regressions — a changed status, a finding with no recorded status, a definition
 * with no finding — empty when every status is as recorded.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkExpectedStatuses, runFindings } from "./mod.ts";
 * const findings = await runFindings();
 * assert.deepEqual(checkExpectedStatuses(findings), []);
 * const flipped = findings.map((f) =>
 *   f.id === "framework-csp-spend" ? { ...f, status: "reproduced" as const } : f
 * );
 * assert.equal(checkExpectedStatuses(flipped)[0].expected, "discrepancy");
 * ```
 */
export function checkExpectedStatuses(
  findings: readonly Finding[],
  options: CheckExpectedStatusesOptions = {},
): Regression[] {
  const definitions = options.definitions ?? findingDefinitions();
  const expected = new Map(definitions.map((d) => [d.id, d.expected]));
  const regressions: Regression[] = [];
  for (const f of findings) {
    const want = expected.get(f.id);
    if (want === undefined) {
      regressions.push({
        id: f.id,
        expected: null,
        actual: f.status,
        message: `Finding "${f.id}" has no recorded expected status (it is ${f.status})`,
      });
    } else if (want !== f.status) {
      regressions.push({
        id: f.id,
        expected: want,
        actual: f.status,
        message: `Finding "${f.id}" was expected to be ${want} but is ${f.status} ` +
          `(stated ${f.stated ?? "none"}, computed ${f.computed ?? "none"}, ` +
          `${f.source.seed} line ${f.source.line})`,
      });
    }
  }
  const run = new Set(findings.map((f) => f.id));
  for (const d of definitions.filter((d) => !run.has(d.id))) {
    regressions.push({
      id: d.id,
      expected: d.expected,
      actual: null,
      message: `Finding "${d.id}" was expected to be ${d.expected} but was not run`,
    });
  }
  return regressions;
}
