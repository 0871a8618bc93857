import { financialYear, optionalDate, optionalText, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { NOTTS_FOI } from "./_seeds.ts";

/**
 * Nottinghamshire OPCC's 2015-16 funding of victim services, as stated in April 2015.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nottinghamshireFunding } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(nottinghamshireFunding.name, "nottinghamshire_funding");
 * const table = await load("nottinghamshire_funding");
 * assert.equal(table.numRows(), 3);
 * ```
 */
export const nottinghamshireFunding = {
  name: "nottinghamshire_funding",
  title: "Nottinghamshire OPCC funding of victim services, 2015-16",
  description:
    "Victim Support's funding for 1 April to 31 December 2015 (nine months, before a new service " +
    "from 1 January 2016), and the approximate ('c£') 2015-16 totals for domestic violence and " +
    "sexual violence support services, as stated in April 2015.",
  seed: NOTTS_FOI,
  schema: figureSchema(() => ({
    service: text({ description: "The funded service or range of services" }),
    financial_year: financialYear({ description: "Financial year of the funding" }),
    period_start: optionalDate({ description: "First day the amount covers" }),
    period_end: optionalDate({ description: "Last day the amount covers" }),
    qualifier: optionalText({ description: "The document's qualifying words (anticipated total)" }),
  })),
} satisfies Dataset;

/** A row of `nottinghamshire_funding`: what its schema decodes a CSV row to. */
export type NottinghamshireFundingRow = RowOf<typeof nottinghamshireFunding.schema>;
