/**
 * Analysis verbs over the toolkit's tidy tables: year-on-year change with gaps kept as gaps.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { yoyChange } from "./mod.ts";
 *
 * const vf = await load("victim_first_under18");
 * const funding = yoyChange(vf.filter((d) => d.measure === "funding"));
 * assert.equal(funding.get("change", 1), 572798 - 561813);
 * ```
 *
 * @module
 */
export * from "./figure_options.ts";
export * from "./yoy_change.ts";
export * from "./victim_first_funding_series.ts";
export * from "./breakdown.ts";
export * from "./age_bands.ts";
export * from "./coverage.ts";
export * from "./role_options.ts";
export * from "./reconcile.ts";
export * from "./budget_shares.ts";
export * from "./share_of.ts";
export * from "./annualise.ts";
