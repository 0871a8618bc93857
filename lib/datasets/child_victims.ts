import { financialYear, oneOf, optionalNumber, optionalText, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { LEICESTER_FOI } from "./_seeds.ts";
import { COUNCIL_SERVICES } from "./council_service.ts";

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
export const childVictims = {
  name: "child_victims",
  title: "Child victims of abuse in Leicester, 2020-21, by data source",
  description:
    "Counts of child victims of sexual abuse (A), domestic abuse (B) and domestic abuse in an " +
    "intimate relationship (C), one row per data source. The document warns that there may be " +
    "double counting: victims may have several factors recorded and appear in several systems, " +
    "so the counts must not be summed into a number of children.",
  seed: LEICESTER_FOI,
  schema: figureSchema(() => ({
    service: oneOf(COUNCIL_SERVICES, {
      description: "The service or system the count comes from (short name)",
    }),
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    question: oneOf(["A", "B", "C"], { description: "The request's question: A, B or C" }),
    category: text({ description: "Which child victims are counted, as the document heads it" }),
    data_source: text({ description: "The source of the count, as the document gives it" }),
    data_owner: optionalText({ description: "Who owns the data, as the document gives it" }),
    data_owner_line: optionalNumber({
      description: "The line the data owner is named on (the count is on `line`); null when none",
    }),
    note: optionalText({ description: "The document's own qualification of the count" }),
  })),
} satisfies Dataset;

/** A row of `child_victims`: what its schema decodes a CSV row to. */
export type ChildVictimsRow = RowOf<typeof childVictims.schema>;
