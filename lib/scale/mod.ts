/**
 * Referral-level data at scale: a synthetic extract generator, loaders and writers for CSV and
 * columnar copies, and the three everyday questions asked of a case-level extract.
 *
 * @module
 */
export * from "./referral_schema.ts";
export * from "./generate_referrals.ts";
export * from "./load_referrals.ts";
export * from "./write_referrals.ts";
export * from "./convert_referrals.ts";
export * from "./referral_changes.ts";
export * from "./referral_breakdowns.ts";
export * from "./referral_budget.ts";
export type { aq } from "../data/arquero.ts";
