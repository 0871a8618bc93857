import { councilBreakdownColumns, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { LEICESTER_FOI } from "./_seeds.ts";

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
export const childVictimsEthnicity = {
  name: "child_victims_ethnicity",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by ethnicity",
  description:
    "Child victims of domestic abuse by ethnic group (BME, White British, Not provided) for " +
    "CYPFS and the Support & Information Service, 2020-21. 'Not provided' is a category; the " +
    "CYPFS cell for it is empty in the document and is null here.",
  seed: LEICESTER_FOI,
  schema: figureSchema(() => ({
    ...councilBreakdownColumns(),
    ethnicity: text({ description: "Ethnic group as the document records it" }),
  })),
} satisfies Dataset;

/** A row of `child_victims_ethnicity`: what its schema decodes a CSV row to. */
export type ChildVictimsEthnicityRow = RowOf<typeof childVictimsEthnicity.schema>;
