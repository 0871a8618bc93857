import { financialYear, oneOf, text } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";

/** A row of `council_dsv_budget`. */
export interface CouncilDsvBudgetRow extends FigureColumns {
  /** Financial year, canonical. */
  financial_year: string;
  /** What the figure is. */
  measure: "dsv_commissioning_budget" | "cyp_service_contract_value" | "cyp_share";
  /** What the figure is of, in the document's words. */
  subject: string;
}

/**
 * The schema of a row of `council_dsv_budget`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CouncilDsvBudgetRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(CouncilDsvBudgetRow.shape).map((c) => [c, ""]));
 * const result = CouncilDsvBudgetRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const CouncilDsvBudgetRow: RowSchema<CouncilDsvBudgetRow> = lazySchema(() =>
  figureSchema<
    CouncilDsvBudgetRow
  >({
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    measure: oneOf(["dsv_commissioning_budget", "cyp_service_contract_value", "cyp_share"], {
      description: "The council's domestic abuse and sexual violence commissioning budget, the " +
        "children, young people and family service's contract value, or its stated share of the budget",
    }),
    subject: text({ description: "What the figure is of, in the document's words" }),
  })
);

/**
 * Leicester City Council's domestic and sexual violence budget, 2020-21, and the children's share.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { councilDsvBudget } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(councilDsvBudget.name, "council_dsv_budget");
 * const table = await load("council_dsv_budget");
 * assert.equal(table.numRows(), 3);
 * ```
 */
export const councilDsvBudget: Dataset<CouncilDsvBudgetRow> = {
  name: "council_dsv_budget",
  title: "Leicester City Council domestic abuse and sexual violence budget, 2020-21",
  description:
    "The council's budget for domestic abuse and sexual violence commissioning in 2020-21, the " +
    "contract value of the specialist children, young people and family service, and the share " +
    "of the budget the document states for it ('roughly 27%', role percentage, approximate).",
  seed: LEICESTER_FOI,
  schema: CouncilDsvBudgetRow,
};
