import { financialYear, oneOf, text } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./_services.ts";
import type { CouncilService } from "./council_service.ts";

/** A row of `child_victims_sex`. */
export interface ChildVictimsSexRow extends FigureColumns {
  /** Financial year, canonical. */
  financial_year: string;
  /** The service whose clients are counted. */
  service: CouncilService;
  /** The column header the document gives. */
  source_header: string;
  /** Sex as recorded (Male, Female, Unknown). */
  sex: string;
}

/**
 * The schema of a row of `child_victims_sex`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ChildVictimsSexRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(ChildVictimsSexRow.shape).map((c) => [c, ""]));
 * const result = ChildVictimsSexRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const ChildVictimsSexRow: RowSchema<ChildVictimsSexRow> = lazySchema(() =>
  figureSchema<ChildVictimsSexRow>({
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    service: oneOf(COUNCIL_SERVICES, {
      description: "The service whose clients are counted (short name)",
    }),
    source_header: text({ description: "The column header the document gives for the service" }),
    sex: text({ description: "Sex as the document records it (Male, Female, Unknown)" }),
  })
);

/**
 * Child victims of domestic abuse in Leicester, 2020-21, by sex (CYPFS only).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { childVictimsSex } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(childVictimsSex.name, "child_victims_sex");
 * const table = await load("child_victims_sex");
 * assert.equal(table.numRows(), 3);
 * ```
 */
export const childVictimsSex: Dataset<ChildVictimsSexRow> = {
  name: "child_victims_sex",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by sex",
  description:
    "Child victims of domestic abuse supported by the children, young people and family " +
    "service (CYPFS) by sex, 2020-21; the document gives no sex breakdown for other services. " +
    "Unknown is a category of its own.",
  seed: LEICESTER_FOI,
  schema: ChildVictimsSexRow,
};
