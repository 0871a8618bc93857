/**
 * What a check of a figure found: the one status vocabulary of `reconcile()`, `shareOf()`,
 * `reconcileFigure()`, the findings registry and the ingest's `checkTotals()`. Each status says
 * what kind of check was made:
 *
 * - `reproduced`: a stated figure agrees, within the tolerance its precision implies, with its
 *   own parts or with the figures it restates.
 * - `discrepancy`: a stated figure that its own parts (or the figures it restates) contradict by
 *   more than that tolerance.
 * - `coverage`: a breakdown compared with a headline it is not stated to add up to; the result is
 *   how much of the headline it covers (`covers 95.2% of the 356`), never an error.
 * - `bounded`: a figure the documents do not give, but whose possible values their figures bound
 *   (at least the largest of several overlapping counts, at most their sum).
 * - `not-computable`: the documents do not hold the numbers the check needs (the reason says why).
 */
export type CheckStatus = "reproduced" | "discrepancy" | "coverage" | "bounded" | "not-computable";

/** The statuses a stated figure checked against its parts can have. */
export type ReconcileStatus = Extract<CheckStatus, "reproduced" | "discrepancy" | "not-computable">;

/**
 * The check statuses, in report order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHECK_STATUSES } from "./mod.ts";
 * assert.deepEqual(CHECK_STATUSES, [
 *   "reproduced", "discrepancy", "coverage", "bounded", "not-computable",
 * ]);
 * ```
 */
export const CHECK_STATUSES: readonly CheckStatus[] = [
  "reproduced",
  "discrepancy",
  "coverage",
  "bounded",
  "not-computable",
];

/**
 * Each status in a sentence, for a report's legend and the README.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHECK_STATUSES, STATUS_MEANINGS } from "./mod.ts";
 * assert.deepEqual(Object.keys(STATUS_MEANINGS), [...CHECK_STATUSES]);
 * assert.match(STATUS_MEANINGS.coverage, /not stated to add up/);
 * ```
 */
export const STATUS_MEANINGS: Readonly<Record<CheckStatus, string>> = {
  reproduced: "A stated figure agrees with its own parts, or with the figures it restates, " +
    "within the tolerance its precision implies.",
  discrepancy: "A stated figure that its own parts, or the figures it restates, contradict by " +
    "more than that tolerance.",
  coverage: "A breakdown compared with a headline it is not stated to add up to: the share of " +
    "the headline it covers, not an error.",
  bounded: "A figure the documents do not give, shown as the range their figures allow.",
  "not-computable": "The documents do not hold the numbers the check needs; the note says why.",
};
