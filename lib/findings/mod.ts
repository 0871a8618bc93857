/**
 * The findings registry: every figure the source documents state that can be checked against
 * their other figures — totals, sub-totals, quarterly sums, percentages, prose figures restating
 * a table, counts of listed items, contract-length arithmetic, figures two documents share —
 * recomputed from the tidy datasets; breakdowns set against the headlines they are not stated to
 * add up to; and the ranges the documents allow for figures they do not give. Each finding has a
 * status in the toolkit's one vocabulary (`reproduced`, `discrepancy`, `coverage`, `bounded`,
 * `not-computable`), decided by `reconcileFigure()`, the one status rule (in lib/analysis,
 * re-exported here), and may carry consistency tests (a GRIM-style test of a stated percentage).
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { reconcileFigure, runFindings } from "./mod.ts";
 *
 * const findings = await runFindings();
 * const share = findings.find((f) => f.id === "leicester-cyp-share-of-budget")!;
 * assert.equal(share.status, "reproduced"); // 186,945 / 705,672 = 26.49%: "roughly 27%" is 26-28%
 * const sex = findings.find((f) => f.id === "leicester-coverage-sex-cypfs")!;
 * assert.equal(sex.status, "coverage"); // sexes for 187 of the 356: covers 52.5%
 *
 * const check = reconcileFigure({ stated: 1795, parts: [510, 448, 422, 415], precision: "exact", unit: "count" });
 * assert.equal(check.status, "reproduced");
 * ```
 *
 * @module
 */
export * from "./finding.ts";
// The one status rule, in lib/analysis, which the findings build on.
export * from "../analysis/stated_tolerance.ts";
export * from "../analysis/reconcile_figure.ts";
export * from "../analysis/check_status.ts";
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
