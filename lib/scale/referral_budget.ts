import type { aq } from "../data/arquero.ts";
import {
  budgetShares,
  type BudgetSharesOptions,
  type BudgetSharesResult,
} from "../analysis/budget_shares.ts";

/** Options for {@linkcode referralBudget}. */
export interface ReferralBudgetOptions extends Pick<BudgetSharesOptions, "within"> {
  /** The grouping to share the spend by; default `["service"]`. */
  by?: string[];
}

/** What {@linkcode referralBudget} returns: `budgetShares()`'s three tables. */
export type ReferralBudget = BudgetSharesResult;

/**
 * Where the money goes: each service's share of the spend recorded in a referral-level extract,
 * the third of the three everyday questions asked of one.
 *
 * `budgetShares()` over `amount_gbp`: a referral with no amount recorded counts as nothing in the
 * sums, is counted in `no_value` and listed in `noValue`; the extract states no totals, so the
 * reconciliation is `"not-computable"`, its `missing_reason` `"no stated total"`.
 *
 * @param referrals A referral table (see `REFERRAL_SCHEMA`).
 * @param options The grouping and the wholes.
 * @returns The shares, the reconciliation and the referrals with no amount.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { referralBudget } from "./mod.ts";
 *
 * const t = aq.table({ service: ["ISVA", "SARC", "ISVA"], amount_gbp: [300, 100, null] });
 * const { shares, noValue } = referralBudget(t);
 * assert.deepEqual(shares.array("share"), [75, 25]); // 300 and 100 of 400
 * assert.equal(noValue.numRows(), 1);
 * ```
 */
export function referralBudget(
  referrals: aq.ColumnTable,
  options: ReferralBudgetOptions = {},
): ReferralBudget {
  return budgetShares(referrals, {
    by: options.by ?? ["service"],
    within: options.within ?? [],
    value: "amount_gbp",
  });
}
