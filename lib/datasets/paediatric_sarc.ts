import { financialYear, oneOf, optionalOneOf, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { FOI_0004_24 } from "./_seeds.ts";

/**
 * The OPCC's contribution to the East Midlands children's SARC and its quarterly referrals.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { paediatricSarc } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(paediatricSarc.name, "paediatric_sarc");
 * const table = await load("paediatric_sarc");
 * assert.equal(table.numRows(), 10);
 * ```
 */
export const paediatricSarc = {
  name: "paediatric_sarc",
  title: "East Midlands Children and Young People's SARC: LLR OPCC contribution and referrals",
  description:
    "The LLR OPCC's funding contribution to the East Midlands Children and Young People's Sexual " +
    "Assault Referral Centre and the number of LLR victims under 18 referred, per quarter, " +
    "2021-22 and 2022-23. Most referral counts are held by NHS England, not the OPCC: they are " +
    "null with that reason.",
  seed: FOI_0004_24,
  schema: figureSchema(() => ({
    service: text({ description: "The service" }),
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    quarter: optionalOneOf(["Q1", "Q2", "Q3", "Q4"], {
      description: "Quarter of the financial year (Q1 = April-June); null for an annual figure",
    }),
    measure: oneOf(["opcc_contribution", "under18_referrals"], {
      description: "opcc_contribution (GBP) or under18_referrals (LLR victims under 18 referred)",
    }),
  })),
} satisfies Dataset;

/** A row of `paediatric_sarc`: what its schema decodes a CSV row to. */
export type PaediatricSarcRow = RowOf<typeof paediatricSarc.schema>;
