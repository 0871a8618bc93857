import type { z } from "zod";
import { figureSchema, financialYear, integer, oneOf, text } from "./_columns.ts";
import type { Dataset } from "./dataset.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./_services.ts";

/** A row of `child_victims_age`. */
export const ChildVictimsAgeRow = figureSchema({
  financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
  service: oneOf(COUNCIL_SERVICES, {
    description: "The service whose clients are counted (short name)",
  }),
  source_header: text({ description: "The column header the document gives for the service" }),
  age_label: text({ description: "The age as the document writes it (Under 1, 1, ... 17)" }),
  age: integer({ description: "Age in whole years (Under 1 is 0)" }),
});
/** A row of `child_victims_age`. */
export type ChildVictimsAgeRow = z.output<typeof ChildVictimsAgeRow>;

/** Child victims of domestic abuse in Leicester, 2020-21, by single year of age and service. */
export const childVictimsAge: Dataset<typeof ChildVictimsAgeRow> = {
  name: "child_victims_age",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by age",
  description:
    "Child victims of domestic abuse by single year of age (under 1 to 17) for the children, " +
    "young people and family service (CYPFS) and for the Support & Information Service's " +
    "secondary victims, 2020-21. The counts need not sum to the services' headline counts.",
  seed: LEICESTER_FOI,
  schema: ChildVictimsAgeRow,
};
