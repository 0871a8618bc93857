import { financialYear, oneOf, text } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./_services.ts";
import type { CouncilService } from "./council_service.ts";

/** A row of `child_victims_ethnicity`. */
export interface ChildVictimsEthnicityRow extends FigureColumns {
  /** Financial year, canonical. */
  financial_year: string;
  /** The service whose clients are counted. */
  service: CouncilService;
  /** The column header the document gives. */
  source_header: string;
  /** Ethnic group as recorded. */
  ethnicity: string;
}

/**
 * The schema of a row of `child_victims_ethnicity`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ChildVictimsEthnicityRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(ChildVictimsEthnicityRow.shape).map((c) => [c, ""]));
 * const result = ChildVictimsEthnicityRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const ChildVictimsEthnicityRow: RowSchema<ChildVictimsEthnicityRow> = lazySchema(() =>
  figureSchema<
    ChildVictimsEthnicityRow
  >({
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    service: oneOf(COUNCIL_SERVICES, {
      description: "The service whose clients are counted (short name)",
    }),
    source_header: text({ description: "The column header the document gives for the service" }),
    ethnicity: text({ description: "Ethnic group as the document records it" }),
  })
);

/**
 * Child victims of domestic abuse in Leicester, 2020-21, by ethnicity and service.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { childVictimsEthnicity } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(childVictimsEthnicity.name, "child_victims_ethnicity");
 * const table = await load("child_victims_ethnicity");
 * assert.equal(table.numRows(), 6);
 * ```
 */
export const childVictimsEthnicity: Dataset<ChildVictimsEthnicityRow> = {
  name: "child_victims_ethnicity",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by ethnicity",
  description:
    "Child victims of domestic abuse by ethnic group (BME, White British, Not provided) for " +
    "CYPFS and the Support & Information Service, 2020-21. 'Not provided' is a category; the " +
    "CYPFS cell for it is empty in the document and is null here.",
  seed: LEICESTER_FOI,
  schema: ChildVictimsEthnicityRow,
};
