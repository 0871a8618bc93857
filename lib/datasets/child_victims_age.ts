import { financialYear, integer, oneOf, text } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./_services.ts";
import type { CouncilService } from "./council_service.ts";

/** A row of `child_victims_age`. */
export interface ChildVictimsAgeRow extends FigureColumns {
  /** Financial year, canonical. */
  financial_year: string;
  /** The service whose clients are counted. */
  service: CouncilService;
  /** The column header the document gives. */
  source_header: string;
  /** The age as written (Under 1, 1, ... 17). */
  age_label: string;
  /** Age in whole years (Under 1 is 0). */
  age: number;
}

/**
 * The schema of a row of `child_victims_age`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ChildVictimsAgeRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(ChildVictimsAgeRow.shape).map((c) => [c, ""]));
 * const result = ChildVictimsAgeRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const ChildVictimsAgeRow: RowSchema<ChildVictimsAgeRow> = lazySchema(() =>
  figureSchema<ChildVictimsAgeRow>({
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    service: oneOf(COUNCIL_SERVICES, {
      description: "The service whose clients are counted (short name)",
    }),
    source_header: text({ description: "The column header the document gives for the service" }),
    age_label: text({ description: "The age as the document writes it (Under 1, 1, ... 17)" }),
    age: integer({ description: "Age in whole years (Under 1 is 0)" }),
  })
);

/**
 * Child victims of domestic abuse in Leicester, 2020-21, by single year of age and service.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { childVictimsAge } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(childVictimsAge.name, "child_victims_age");
 * const table = await load("child_victims_age");
 * assert.equal(table.numRows(), 36);
 * ```
 */
export const childVictimsAge: Dataset<ChildVictimsAgeRow> = {
  name: "child_victims_age",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by age",
  description:
    "Child victims of domestic abuse by single year of age (under 1 to 17) for the children, " +
    "young people and family service (CYPFS) and for the Support & Information Service's " +
    "secondary victims, 2020-21. The counts need not sum to the services' headline counts.",
  seed: LEICESTER_FOI,
  schema: ChildVictimsAgeRow,
};
