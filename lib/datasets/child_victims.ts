import { financialYear, oneOf, optionalText, text } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./_services.ts";
import type { CouncilService } from "./council_service.ts";

/** A row of `child_victims`. */
export interface ChildVictimsRow extends FigureColumns {
  /** The service or system the count comes from. */
  service: CouncilService;
  /** Financial year, canonical. */
  financial_year: string;
  /** The request's question. */
  question: "A" | "B" | "C";
  /** Which child victims are counted. */
  category: string;
  /** The source of the count. */
  data_source: string;
  /** Who owns the data. */
  data_owner: string | null;
  /** The document's own qualification of the count. */
  note: string | null;
}

/**
 * The schema of a row of `child_victims`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ChildVictimsRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(ChildVictimsRow.shape).map((c) => [c, ""]));
 * const result = ChildVictimsRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const ChildVictimsRow: RowSchema<ChildVictimsRow> = lazySchema(() =>
  figureSchema<ChildVictimsRow>({
    service: oneOf(COUNCIL_SERVICES, {
      description: "The service or system the count comes from (short name)",
    }),
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    question: oneOf(["A", "B", "C"], { description: "The request's question: A, B or C" }),
    category: text({ description: "Which child victims are counted, as the document heads it" }),
    data_source: text({ description: "The source of the count, as the document gives it" }),
    data_owner: optionalText({ description: "Who owns the data, as the document gives it" }),
    note: optionalText({ description: "The document's own qualification of the count" }),
  })
);

/**
 * Leicester's counts of child victims of sexual and domestic abuse, 2020-21, by data source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { childVictims } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(childVictims.name, "child_victims");
 * const table = await load("child_victims");
 * assert.equal(table.numRows(), 9);
 * ```
 */
export const childVictims: Dataset<ChildVictimsRow> = {
  name: "child_victims",
  title: "Child victims of abuse in Leicester, 2020-21, by data source",
  description:
    "Counts of child victims of sexual abuse (A), domestic abuse (B) and domestic abuse in an " +
    "intimate relationship (C), one row per data source. The document warns that there may be " +
    "double counting: victims may have several factors recorded and appear in several systems, " +
    "so the counts must not be summed into a number of children.",
  seed: LEICESTER_FOI,
  schema: ChildVictimsRow,
};
