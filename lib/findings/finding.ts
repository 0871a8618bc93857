import type { Unit } from "../datasets/schema.ts";
import type { DatasetName, DatasetRows } from "../datasets/registry.ts";
import type { FigurePrecision } from "./stated_tolerance.ts";
import type { ReconcilePart } from "./reconcile_figure.ts";

/**
 * The outcome of checking a stated figure against figures recomputed from the documents.
 *
 * - `reproduced`: the recomputed value is within the tolerance of the stated one.
 * - `discrepancy`: it is not; a result to report, not a failure.
 * - `not-computable`: the documents' numbers cannot give the value (the note says why).
 */
export type FindingStatus = "reproduced" | "discrepancy" | "not-computable";

/**
 * The finding statuses, in report order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FINDING_STATUSES } from "./mod.ts";
 * assert.deepEqual(FINDING_STATUSES, ["reproduced", "discrepancy", "not-computable"]);
 * ```
 */
export const FINDING_STATUSES: readonly FindingStatus[] = [
  "reproduced",
  "discrepancy",
  "not-computable",
];

/** The unit of a finding's figures: the units of the datasets' `unit` column. */
export type FindingUnit = Unit;

/** Where a claim is made: a source document in `seeds/` and its 1-based line. */
export interface FindingSource {
  /** The source document's file name in `seeds/`. */
  seed: string;
  /** The 1-based line the claim is on. */
  line: number;
}

/**
 * One finding: a figure a document states, recomputed from the documents' own numbers. These
 * are exactly the fields written to `out/findings.json`.
 */
export interface Finding {
  /** A stable identifier, `<document>-<subject>`, e.g. `framework-csp-spend`. */
  id: string;
  /** The claim in words. */
  claim: string;
  /** Where the claim is made. */
  source: FindingSource;
  /** The figure as the document states it; null when the document states none. */
  stated: number | null;
  /** The figure recomputed from other figures; null when it cannot be (see `note`). */
  computed: number | null;
  /** `computed - stated`; null when either is null. */
  difference: number | null;
  /** The unit of `stated`, `computed`, `difference` and `tolerance`. */
  unit: FindingUnit;
  /** The largest difference still counted as reproduced; null when nothing is stated. */
  tolerance: number | null;
  /** What the check found. */
  status: FindingStatus;
  /** How the value was computed, why the tolerance, and why not computable when so. */
  note: string;
}

/** What a finding's check reads: the loaded datasets as typed rows, and the seed texts. */
export interface FindingInputs {
  /**
   * The rows of a dataset the definition declared in `datasets`.
   *
   * @param name The dataset.
   * @returns Its rows, in file order.
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

/** What a finding's check returns: the figures to reconcile and how. */
export interface FindingCheck {
  /** Where the claim is made (taken from the stated figure's row wherever there is one). */
  source: FindingSource;
  /** The stated figure; null when the document states none. */
  stated: number | null;
  /** Figures whose sum is the computed value (give this or `computed`). */
  parts?: readonly ReconcilePart[];
  /** The computed value (give this or `parts`); null when it cannot be computed. */
  computed?: number | null;
  /** Why `computed` is null. */
  reason?: string;
  /** Sum only the parts that have a value (see {@linkcode ReconcileFigureInput}). */
  omitMissing?: boolean | "empty-cells";
  /** The unit of the figures. */
  unit: FindingUnit;
  /** How precisely the document states the figure: sets the tolerance. */
  precision: FigurePrecision;
  /** How the value is computed and what to mind, in a sentence or two. */
  note: string;
}

/** One entry of the findings registry: a claim, how to check it, and its expected status. */
export interface FindingDefinition {
  /** The finding's identifier. */
  id: string;
  /** The claim in words. */
  claim: string;
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
