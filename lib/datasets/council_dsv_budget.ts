import type { z } from "zod";
import { figureSchema, financialYear, oneOf, text } from "./_columns.ts";
import type { Dataset } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";

/** A row of `council_dsv_budget`. */
export const CouncilDsvBudgetRow = figureSchema({
  financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
  measure: oneOf(["dsv_commissioning_budget", "cyp_service_contract_value", "cyp_share"], {
    description: "The council's domestic abuse and sexual violence commissioning budget, the " +
      "children, young people and family service's contract value, or its stated share of the budget",
  }),
  subject: text({ description: "What the figure is of, in the document's words" }),
});
/** A row of `council_dsv_budget`. */
export type CouncilDsvBudgetRow = z.output<typeof CouncilDsvBudgetRow>;

/** Leicester City Council's domestic and sexual violence budget, 2020-21, and the children's share. */
export const councilDsvBudget: Dataset<typeof CouncilDsvBudgetRow> = {
  name: "council_dsv_budget",
  title: "Leicester City Council domestic abuse and sexual violence budget, 2020-21",
  description:
    "The council's budget for domestic abuse and sexual violence commissioning in 2020-21, the " +
    "contract value of the specialist children, young people and family service, and the share " +
    "of the budget the document states for it ('roughly 27%', role percentage, approximate).",
  seed: LEICESTER_FOI,
  schema: CouncilDsvBudgetRow,
};
