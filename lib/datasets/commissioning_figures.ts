import type { z } from "zod";
import { boolean, figureSchema, financialYear, optionalText, text } from "./_columns.ts";
import type { Dataset } from "./dataset.ts";
import { FRAMEWORK } from "./_seeds.ts";

/** A row of `commissioning_figures`. */
export const CommissioningFiguresRow = figureSchema({
  subject: text({ description: "What the figure is about, in the document's words" }),
  measure: text({ description: "What is measured (spend, cost, count, length)" }),
  financial_year: financialYear({
    description: "Financial year the figure is for, where the document says",
  }, { nullable: true }),
  per_annum: boolean({ description: "True when the document gives the figure per annum" }),
  qualifier: optionalText({
    description: "The document's qualifying words (expected, usually less than, account for)",
  }),
});
/** A row of `commissioning_figures`. */
export type CommissioningFiguresRow = z.output<typeof CommissioningFiguresRow>;

/** The figures stated in the prose of the LLR Commissioning Framework 2024-25. */
export const commissioningFigures: Dataset<typeof CommissioningFiguresRow> = {
  name: "commissioning_figures",
  title: "LLR Commissioning Framework 2024-25: figures in the narrative",
  description:
    "Every amount, count and length the Commissioning Framework states in its prose (not in " +
    "Table 1): per-annum budgets, the Community Safety Partnerships' 2024-25 spend, the MoJ " +
    "grants at risk after March 2025, counts of partnerships and projects, contract lengths. " +
    "Many restate Table 1 and are checked against it by the findings.",
  seed: FRAMEWORK,
  schema: CommissioningFiguresRow,
};
