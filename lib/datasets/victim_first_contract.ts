import { optionalFinancialYear, optionalOneOf, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { FOI_0017_24 } from "./_seeds.ts";

/**
 * The recommissioned Victim First contract's maximum payments per year, 2024-25 to 2028-29.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { victimFirstContract } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(victimFirstContract.name, "victim_first_contract");
 * // five yearly maxima; with two sub-totals and the grand total
 * assert.equal((await load("victim_first_contract")).numRows(), 5);
 * assert.equal((await load("victim_first_contract", { stated: true })).numRows(), 8);
 * ```
 */
export const victimFirstContract = {
  name: "victim_first_contract",
  title: "Victim First contract payments, 2024-25 to 2028-29",
  description:
    "Payments within the initial period (2024-25 to 2026-27) and the optional extension periods " +
    "(2027-28, 2028-29) of the Victim First contract that started on 1 April 2024, with the " +
    "document's sub-totals and grand total. Every amount is a maximum ('£ up to': bound upper). " +
    "Each year's payment sits in one period column; the other cell is empty by layout and is " +
    "not a row.",
  seed: FOI_0017_24,
  schema: figureSchema(() => ({
    service: text({ description: "The service" }),
    financial_year: optionalFinancialYear({
      description: "Financial year of the payment; null for a sub-total or the grand total",
    }),
    period: optionalOneOf(["initial", "extension"], {
      description:
        "initial (three-year) period or optional extension periods; null for the grand total",
    }),
  })),
} satisfies Dataset;

/** A row of `victim_first_contract`: what its schema decodes a CSV row to. */
export type VictimFirstContractRow = RowOf<typeof victimFirstContract.schema>;
