/**
 * The short names of Leicester City Council's services and data systems, shared by
 * `child_victims` and the age, sex and ethnicity breakdowns so they join: `CYPFS` (the children,
 * young people and family service), `Support & Information Service` (its secondary victims),
 * `Children's Social Care` (single assessments) and `SafeLives Insights`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { COUNCIL_SERVICES } from "./mod.ts";
 * assert.equal(COUNCIL_SERVICES[0], "CYPFS");
 * ```
 */
export const COUNCIL_SERVICES = [
  "CYPFS",
  "Support & Information Service",
  "Children's Social Care",
  "SafeLives Insights",
] as const;

/** The short name of a Leicester City Council service: one of {@linkcode COUNCIL_SERVICES}. */
export type CouncilService = typeof COUNCIL_SERVICES[number];
