import { councilBreakdownColumns, integer, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { LEICESTER_FOI } from "./_seeds.ts";

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
export const childVictimsAge = {
  name: "child_victims_age",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by age",
  description:
    "Child victims of domestic abuse by single year of age (under 1 to 17) for the children, " +
    "young people and family service (CYPFS) and for the Support & Information Service's " +
    "secondary victims, 2020-21. The counts need not sum to the services' headline counts.",
  seed: LEICESTER_FOI,
  schema: figureSchema(() => ({
    ...councilBreakdownColumns(),
    age_label: text({ description: "The age as the document writes it (Under 1, 1, ... 17)" }),
    age: integer({ description: "Age in whole years (Under 1 is 0)" }),
  })),
} satisfies Dataset;

/** A row of `child_victims_age`: what its schema decodes a CSV row to. */
export type ChildVictimsAgeRow = RowOf<typeof childVictimsAge.schema>;
