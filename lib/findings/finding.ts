import type { Unit } from "../datasets/schema.ts";
import type { DatasetName, DatasetRows } from "../datasets/registry.ts";
import type { Cited } from "../data/cite.ts";
import { CHECK_STATUSES, type CheckStatus } from "../analysis/check_status.ts";
import type { FigureReconciliation, ReconcileFigureInput } from "../analysis/reconcile_figure.ts";

/**
 * What a finding's check found: the toolkit's one status vocabulary (`CheckStatus` in
 * lib/analysis), so a finding, `reconcile()` and the ingest's `checkTotals()` say the same thing
 * the same way.
 *
 * - `reproduced`: a stated figure agrees with its parts, or the figures it restates, within the
 *   tolerance its precision implies.
 * - `discrepancy`: its own parts contradict it; a result to report, not a failure.
 * - `coverage`: a breakdown against a headline it is not stated to add up to, with the share covered.
 * - `bounded`: a figure no document gives, with the range the documents' figures allow.
 * - `not-computable`: the documents' numbers cannot give the value (the note says why).
 */
export type FindingStatus = CheckStatus;

/**
 * The finding statuses, in report order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FINDING_STATUSES } from "./mod.ts";
 * assert.deepEqual(FINDING_STATUSES, [
 *   "reproduced", "discrepancy", "coverage", "bounded", "not-computable",
 * ]);
 * ```
 */
export const FINDING_STATUSES: readonly FindingStatus[] = CHECK_STATUSES;

/**
 * A further test of a stated figure's consistency, beside the finding's own check: whether a
 * stated percentage of a stated whole is possible at all at its rounding (`granularity`, a
 * GRIM-style test), for example.
 */
export interface ConsistencyCheck {
  /** What was tested, a short name such as `granularity`. */
  name: string;
  /** Whether the stated figure passed. */
  passed: boolean;
  /** What the test found, in a sentence with its figures. */
  text: string;
}

/** The unit of a finding's figures: the units of the datasets' `unit` column. */
export type FindingUnit = Unit;

/** Where a claim is made: a document in `seeds/` and its 1-based line, as `cite()` takes them. */
export type FindingSource = Pick<Cited, "seed" | "line">;

/**
 * One finding: a figure a document states, recomputed from the documents' own numbers, with
 * `reconcileFigure()`'s comparison of the two (`stated`, `computed`, `difference`, `tolerance`,
 * `status`, `coverage`, `bounds`). These are exactly the fields written to `out/findings.json`.
 */
export interface Finding extends
  Pick<
    FigureReconciliation<FindingStatus>,
    "stated" | "computed" | "difference" | "tolerance" | "status" | "coverage" | "bounds"
  > {
  /** A stable identifier, `<document>-<subject>`, e.g. `framework-csp-spend`. */
  id: string;
  /** The claim in words. */
  claim: string;
  /** Where the claim is made. */
  source: FindingSource;
  /** The unit of `stated`, `computed`, `difference` and `tolerance`. */
  unit: FindingUnit;
  /** Further consistency tests of the stated figure (empty when none applies). */
  checks: ConsistencyCheck[];
  /** How the value was computed, why the tolerance, and why not computable when so. */
  note: string;
}

/** What a finding's check reads: the loaded datasets as typed rows, and the seed texts. */
export interface FindingInputs {
  /**
   * The rows of a dataset the definition declared in `datasets`.
   *
   * @param name The dataset.
   * @returns Its rows, in file order, stated figures included.
   */
  rows<N extends DatasetName>(name: N): readonly DatasetRows[N][];
  /**
   * The text of a source document.
   *
   * @param file Its file name in `seeds/`.
   * @returns The text.
   */
  seed(file: string): string;
}

/**
 * What a finding's check returns: the input of `reconcileFigure()`, the one status rule (the
 * kind of comparison, the stated figure and how it is written, its parts or computed value, the
 * unit and precision, the bounds) — with no explicit tolerance, as a finding's follows the
 * precision the document writes — and where the claim is made, further tests and a note.
 */
export interface FindingCheck extends Omit<ReconcileFigureInput, "tolerance"> {
  /** Where the claim is made (taken from the stated figure's row wherever there is one). */
  source: FindingSource;
  /** Further consistency tests of the stated figure. */
  checks?: readonly ConsistencyCheck[];
  /** How the value is computed and what to mind, in a sentence or two. */
  note: string;
}

/** One entry of the findings registry: a claim, how to check it, and its expected status. */
export interface FindingDefinition extends Pick<Finding, "id" | "claim"> {
  /** The status recorded when the finding was written; a different status is a regression. */
  expected: FindingStatus;
  /** The datasets `check` reads. */
  datasets: readonly DatasetName[];
  /**
   * Computes the finding: a pure function of the loaded datasets and seed texts.
   *
   * @param inputs The loaded datasets and seeds.
   * @returns The figures to reconcile.
   */
  check(inputs: FindingInputs): FindingCheck;
}
