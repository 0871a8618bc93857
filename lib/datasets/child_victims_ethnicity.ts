import type { z } from "zod";
import { figureSchema, financialYear, oneOf, text } from "./_columns.ts";
import type { Dataset } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./_services.ts";

/** A row of `child_victims_ethnicity`. */
export const ChildVictimsEthnicityRow = figureSchema({
  financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
  service: oneOf(COUNCIL_SERVICES, {
    description: "The service whose clients are counted (short name)",
  }),
  source_header: text({ description: "The column header the document gives for the service" }),
  ethnicity: text({ description: "Ethnic group as the document records it" }),
});
/** A row of `child_victims_ethnicity`. */
export type ChildVictimsEthnicityRow = z.output<typeof ChildVictimsEthnicityRow>;

/** Child victims of domestic abuse in Leicester, 2020-21, by ethnicity and service. */
export const childVictimsEthnicity: Dataset<typeof ChildVictimsEthnicityRow> = {
  name: "child_victims_ethnicity",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by ethnicity",
  description:
    "Child victims of domestic abuse by ethnic group (BME, White British, Not provided) for " +
    "CYPFS and the Support & Information Service, 2020-21. 'Not provided' is a category; the " +
    "CYPFS cell for it is empty in the document and is null here.",
  seed: LEICESTER_FOI,
  schema: ChildVictimsEthnicityRow,
};
