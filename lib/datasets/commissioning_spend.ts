import { financialYear, oneOf, optionalText } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { FRAMEWORK } from "./_seeds.ts";

/** A row of `commissioning_spend`. */
export interface CommissioningSpendRow extends FigureColumns {
  /** The part of Table 1. */
  section: "commissioned" | "grants";
  /** Term as printed; null on a total. */
  term: string | null;
  /** Priority area; null on a total. */
  priority: string | null;
  /** Project or service; null on a total. */
  project: string | null;
  /** Provider; null on a total. */
  provider: string | null;
  /** Financial year of the spend. */
  financial_year: string;
}

/**
 * The schema of a row of `commissioning_spend`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CommissioningSpendRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(CommissioningSpendRow.shape).map((c) => [c, ""]));
 * const result = CommissioningSpendRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const CommissioningSpendRow: RowSchema<CommissioningSpendRow> = lazySchema(() =>
  figureSchema<
    CommissioningSpendRow
  >({
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
  })
);

/**
 * Table 1 of the LLR Commissioning Framework: every commissioned service and grant, 2024-25.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { commissioningSpend } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(commissioningSpend.name, "commissioning_spend");
 * const table = await load("commissioning_spend");
 * assert.equal(table.numRows(), 66);
 * ```
 */
export const commissioningSpend: Dataset<CommissioningSpendRow> = {
  name: "commissioning_spend",
  title: "LLR OPCC commissioning spend, 2024-25 (Commissioning Framework, Table 1)",
  description:
    "Every row of Table 1: term, priority, project, provider and 2024/25 spend for the 47 " +
    "commissioned services and the 17 grants, and each section's stated TOTAL (role total). " +
    "Two safeguarding-board rows have no spend in the table: null with reason Empty cell. The " +
    "term TBC ('to be confirmed') is kept as the table prints it.",
  seed: FRAMEWORK,
  schema: CommissioningSpendRow,
};
