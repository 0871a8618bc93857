import { financialYear, oneOf, optionalOneOf, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { FOI_0004_24 } from "./_seeds.ts";

/**
 * Victim First funding and under-18 referrals, annual and per quarter, 2021-22 and 2022-23.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { victimFirstUnder18 } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(victimFirstUnder18.name, "victim_first_under18");
 * // funding for two years and eight quarters of referrals; with the two annual totals
 * assert.equal((await load("victim_first_under18")).numRows(), 10);
 * assert.equal((await load("victim_first_under18", { stated: true })).numRows(), 12);
 * ```
 */
export const victimFirstUnder18 = {
  name: "victim_first_under18",
  title: "Victim First: funding and referrals of victims under 18",
  description:
    "Victim First's funding and the number of victims under 18 referred to it, per financial " +
    "year (the annual count is the document's stated total, role total) and per quarter, " +
    "2021-22 and 2022-23. The funding is for the whole service, not only for under-18s.",
  seed: FOI_0004_24,
  schema: figureSchema(() => ({
    service: text({ description: "The service" }),
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    quarter: optionalOneOf(["Q1", "Q2", "Q3", "Q4"], {
      description: "Quarter of the financial year (Q1 = April-June); null for an annual figure",
    }),
    measure: oneOf(["funding", "under18_referrals"], {
      description:
        "funding (GBP, the whole service) or under18_referrals (victims under 18 referred)",
    }),
  })),
} satisfies Dataset;

/** A row of `victim_first_under18`: what its schema decodes a CSV row to. */
export type VictimFirstUnder18Row = RowOf<typeof victimFirstUnder18.schema>;
