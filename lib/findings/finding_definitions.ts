import type { FindingDefinition } from "./finding.ts";
import { FOI_0004_24 } from "./_defs_foi_0004_24.ts";
import { FOI_0017_24 } from "./_defs_foi_0017_24.ts";
import { FRAMEWORK_TABLE } from "./_defs_framework_table.ts";
import { FRAMEWORK_RESTATED } from "./_defs_framework_restated.ts";
import { FRAMEWORK_PROSE } from "./_defs_framework_prose.ts";
import { FRAMEWORK_CONTRACTS } from "./_defs_framework_contracts.ts";
import { CROSS_DOCUMENT } from "./_defs_cross_document.ts";
import { LEICESTER } from "./_defs_leicester.ts";
import { NOTTINGHAMSHIRE } from "./_defs_nottinghamshire.ts";

/**
 * The findings registry: every claim in the five source documents that can be checked against
 * other figures in them — totals, sub-totals, quarterly sums, percentages, prose figures that
 * restate Table 1, counts of listed items, contract-length arithmetic, figures two documents
 * share — and those that cannot (each with why). Grouped by document, then cross-document, each
 * with the status recorded when it was written.
 *
 * @returns The definitions, in report order; ids are unique.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findingDefinitions } from "./mod.ts";
 * const csp = findingDefinitions().find((d) => d.id === "framework-csp-spend");
 * assert.equal(csp?.expected, "discrepancy");
 * ```
 */
export function findingDefinitions(): readonly FindingDefinition[] {
  return [
    ...FOI_0004_24,
    ...FOI_0017_24,
    ...FRAMEWORK_TABLE,
    ...FRAMEWORK_RESTATED,
    ...FRAMEWORK_PROSE,
    ...FRAMEWORK_CONTRACTS,
    ...CROSS_DOCUMENT,
    ...LEICESTER,
    ...NOTTINGHAMSHIRE,
  ];
}
