import { financialYear, optionalDate, optionalText, text } from "./_columns.ts";
import { figureSchema, lazySchema } from "./_row_schema.ts";
import type { Dataset, FigureColumns, RowSchema } from "./dataset.ts";
import { NOTTS_FOI } from "./_seeds.ts";

/** A row of `nottinghamshire_funding`. */
export interface NottinghamshireFundingRow extends FigureColumns {
  /** The funded service. */
  service: string;
  /** Financial year of the funding. */
  financial_year: string;
  /** First day the amount covers. */
  period_start: string | null;
  /** Last day the amount covers. */
  period_end: string | null;
  /** The document's qualifying words. */
  qualifier: string | null;
}

/**
 * The schema of a row of `nottinghamshire_funding`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NottinghamshireFundingRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(NottinghamshireFundingRow.shape).map((c) => [c, ""]));
 * const result = NottinghamshireFundingRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const NottinghamshireFundingRow: RowSchema<NottinghamshireFundingRow> = lazySchema(() =>
  figureSchema<
    NottinghamshireFundingRow
  >({
    service: text({ description: "The funded service or range of services" }),
    financial_year: financialYear({ description: "Financial year of the funding" }),
    period_start: optionalDate({ description: "First day the amount covers" }),
    period_end: optionalDate({ description: "Last day the amount covers" }),
    qualifier: optionalText({ description: "The document's qualifying words (anticipated total)" }),
  })
);

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
export const nottinghamshireFunding: Dataset<NottinghamshireFundingRow> = {
  name: "nottinghamshire_funding",
  title: "Nottinghamshire OPCC funding of victim services, 2015-16",
  description:
    "Victim Support's funding for 1 April to 31 December 2015 (nine months, before a new service " +
    "from 1 January 2016), and the approximate ('c£') 2015-16 totals for domestic violence and " +
    "sexual violence support services, as stated in April 2015.",
  seed: NOTTS_FOI,
  schema: NottinghamshireFundingRow,
};
