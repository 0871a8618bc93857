/**
 * Analysis verbs for the three questions users bring, each one call on a validated table: how
 * funding and demand changed year on year ({@linkcode yoyChange}), who the victims are ({@linkcode breakdown},
 * {@linkcode ageBands}, {@linkcode coverage}) and where the budget goes
 * ({@linkcode budgetShares}, {@linkcode reconcile}, {@linkcode shareOf}), with
 * {@linkcode annualise} for part-year figures and {@linkcode aggregateBy} to turn case-level
 * rows (one per referral) into the per-group figures the others take.
 *
 * Every check of a figure — `reconcile()`, `shareOf()`, and the findings and ingest built on
 * them — decides its status by one rule, {@linkcode reconcileFigure} (with the tolerance
 * {@linkcode statedTolerance} gives an exact, rounded or hedged figure), in one vocabulary,
 * {@linkcode CHECK_STATUSES}. {@linkcode grimCheck} asks whether a stated percentage of a stated
 * whole is possible at all, and {@linkcode shareBounds} gives the range of a share when part of
 * the group is not recorded.
 *
 * Every verb takes an Arquero table and returns a new one (`budgetShares` returns three). The
 * same rules hold throughout: a missing value stays null with its reason in `missing_reason`,
 * never 0 or NaN; a figure computed from an approximate (`c£`) one is `approximate: true`;
 * estimates say so; a missing year is a gap, not a zero. Column names default to the datasets'
 * (`value`, `financial_year`, `quarter`, `approximate`, `bound`, `missing_reason`, `role`) and
 * can be changed by option; a bad option fails at once, naming the option and the value.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { breakdown, budgetShares, yoyChange } from "./mod.ts";
 *
 * // FOI 0004-24: Victim First funding £561,813 (2021-22) → £572,798 (2022-23)
 * const vf = await load("victim_first_under18");
 * const change = yoyChange(vf, { by: ["measure"] });
 * assert.equal(change.get("change", 1), 572798 - 561813);
 *
 * // Leicester City Council: CYPFS victims by sex, shares with and without "Unknown"
 * const sex = breakdown(await load("child_victims_sex"), { category: "sex", by: ["service"] });
 * assert.deepEqual(sex.array("small"), [false, false, true]); // 4 is a small count
 *
 * // Commissioning Framework Table 1: the parts reproduce both stated TOTAL rows
 * const spend = budgetShares(await load("commissioning_spend", { stated: true }), {
 *   by: ["priority"],
 *   totalsBy: ["section"],
 * });
 * assert.deepEqual(spend.reconciliation.array("status"), ["reproduced", "reproduced"]);
 * assert.equal(spend.noValue.numRows(), 2); // the two Adults Safeguarding Board rows
 * ```
 *
 * @module
 */
export * from "./figure_options.ts";
export * from "./role_options.ts";
export * from "./yoy_change.ts";
export * from "./breakdown.ts";
export * from "./age_bands.ts";
export * from "./coverage.ts";
export * from "./check_status.ts";
export * from "./stated_tolerance.ts";
export * from "./reconcile_figure.ts";
export * from "./reconcile.ts";
export * from "./budget_shares.ts";
export * from "./share_of.ts";
export * from "./share_bounds.ts";
export * from "./grim_check.ts";
export * from "./annualise.ts";
export * from "./aggregate_by.ts";
export * from "./table_set.ts";
