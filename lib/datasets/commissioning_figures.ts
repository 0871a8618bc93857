import { boolean, optionalFinancialYear, optionalText, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { FRAMEWORK } from "./_seeds.ts";

/**
 * The figures stated in the prose of the LLR Commissioning Framework 2024-25.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { commissioningFigures } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(commissioningFigures.name, "commissioning_figures");
 * const table = await load("commissioning_figures");
 * assert.equal(table.numRows(), 14);
 * ```
 */
export const commissioningFigures = {
  name: "commissioning_figures",
  title: "LLR Commissioning Framework 2024-25: figures in the narrative",
  description:
    "Every amount, count and length the Commissioning Framework states in its prose (not in " +
    "Table 1): per-annum budgets, the Community Safety Partnerships' 2024-25 spend, the MoJ " +
    "grants at risk after March 2025, counts of partnerships and projects, contract lengths. " +
    "Many restate Table 1 and are checked against it by the findings.",
  seed: FRAMEWORK,
  schema: figureSchema(() => ({
    subject: text({ description: "What the figure is about, in the document's words" }),
    measure: text({ description: "What is measured (spend, cost, count, length)" }),
    financial_year: optionalFinancialYear({
      description: "Financial year the figure is for, where the document says",
    }),
    per_annum: boolean({ description: "True when the document gives the figure per annum" }),
    qualifier: optionalText({
      description: "The document's qualifying words (expected, usually less than, account for)",
    }),
  })),
} satisfies Dataset;

/** A row of `commissioning_figures`: what its schema decodes a CSV row to. */
export type CommissioningFiguresRow = RowOf<typeof commissioningFigures.schema>;
