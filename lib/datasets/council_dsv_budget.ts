import { financialYear, oneOf, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { LEICESTER_FOI } from "./_seeds.ts";

/**
 * Leicester City Council's domestic and sexual violence budget, 2020-21, and the children's share.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { councilDsvBudget } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(councilDsvBudget.name, "council_dsv_budget");
 * // the budget and the contract; with the stated share
 * assert.equal((await load("council_dsv_budget")).numRows(), 2);
 * assert.equal((await load("council_dsv_budget", { stated: true })).numRows(), 3);
 * ```
 */
export const councilDsvBudget = {
  name: "council_dsv_budget",
  title: "Leicester City Council domestic abuse and sexual violence budget, 2020-21",
  description:
    "The council's budget for domestic abuse and sexual violence commissioning in 2020-21, the " +
    "contract value of the specialist children, young people and family service, and the share " +
    "of the budget the document states for it ('roughly 27%', role percentage, approximate).",
  seed: LEICESTER_FOI,
  schema: figureSchema(() => ({
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    measure: oneOf(["dsv_commissioning_budget", "cyp_service_contract_value", "cyp_share"], {
      description: "The council's domestic abuse and sexual violence commissioning budget, the " +
        "children, young people and family service's contract value, or its stated share of the budget",
    }),
    subject: text({ description: "What the figure is of, in the document's words" }),
  })),
} satisfies Dataset;

/** A row of `council_dsv_budget`: what its schema decodes a CSV row to. */
export type CouncilDsvBudgetRow = RowOf<typeof councilDsvBudget.schema>;
