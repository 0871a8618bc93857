/**
 * The findings registry: every figure the source documents state that can be checked against
 * their other figures — totals, sub-totals, quarterly sums, percentages, prose figures restating
 * a table, counts of listed items, contract-length arithmetic, figures two documents share —
 * recomputed from the tidy datasets, each `reproduced`, a `discrepancy` or `not-computable`
 * (with why). `reconcileFigure()` is the general check of a stated figure against its parts.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { reconcileFigure, runFindings } from "./mod.ts";
 *
 * const findings = await runFindings();
 * const share = findings.find((f) => f.id === "leicester-cyp-share-of-budget")!;
 * assert.equal(share.status, "discrepancy"); // 186,945 / 705,672 = 26.49%, stated "roughly 27%"
 *
 * const check = reconcileFigure({ stated: 1795, parts: [510, 448, 422, 415], precision: "exact", unit: "count" });
 * assert.equal(check.status, "reproduced");
 * ```
 *
 * @module
 */
export * from "./finding.ts";
export * from "./stated_tolerance.ts";
export * from "./reconcile_figure.ts";
export * from "./finding_definitions.ts";
export * from "./run_findings.ts";
export * from "./check_expected_statuses.ts";
export * from "./count_by_status.ts";
export * from "./format_figure.ts";
export * from "./format_findings_table.ts";
export * from "./findings_markdown.ts";
export * from "./write_findings.ts";
export * from "./reproduce_findings.ts";
export type * from "../datasets/row_types.ts";
export type { Unit } from "../datasets/mod.ts";
export { UNITS } from "../datasets/mod.ts";
