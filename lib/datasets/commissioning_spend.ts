import { financialYear, oneOf, optionalText } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { FRAMEWORK } from "./_seeds.ts";

/**
 * Table 1 of the LLR Commissioning Framework: every commissioned service and grant, 2024-25.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { commissioningSpend } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(commissioningSpend.name, "commissioning_spend");
 * // 47 commissioned services and 17 grants; with the two stated TOTALs
 * assert.equal((await load("commissioning_spend")).numRows(), 64);
 * assert.equal((await load("commissioning_spend", { stated: true })).numRows(), 66);
 * ```
 */
export const commissioningSpend = {
  name: "commissioning_spend",
  title: "LLR OPCC commissioning spend, 2024-25 (Commissioning Framework, Table 1)",
  description:
    "Every row of Table 1: term, priority, project, provider and 2024/25 spend for the 47 " +
    "commissioned services and the 17 grants, and each section's stated TOTAL (role total). " +
    "Two safeguarding-board rows have no spend in the table: null with reason Empty cell. The " +
    "term TBC ('to be confirmed') is kept as the table prints it.",
  seed: FRAMEWORK,
  schema: figureSchema(() => ({
    section: oneOf(["commissioned", "grants"], {
      description: "The part of Table 1: commissioned services, or grants",
    }),
    term: optionalText({
      description:
        "Term as Table 1 gives it (Long, Med, Short, Partnership, Annual, TBC); null on a total",
    }),
    priority: optionalText({ description: "Priority area; null on a total" }),
    project: optionalText({ description: "Project or service; null on a total" }),
    provider: optionalText({ description: "Provider; null on a total" }),
    financial_year: financialYear({ description: "Financial year of the spend" }),
  })),
} satisfies Dataset;

/** A row of `commissioning_spend`: what its schema decodes a CSV row to. */
export type CommissioningSpendRow = RowOf<typeof commissioningSpend.schema>;
