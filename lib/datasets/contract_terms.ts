import { boolean, optionalNumber, optionalPartialDate, optionalText, text } from "./_columns.ts";
import { type Dataset, type RowOf, rowSchema } from "./schema.ts";
import { FRAMEWORK } from "./_seeds.ts";

/**
 * When each commissioned service's contract or funding ends, as the documents state.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contractTerms } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(contractTerms.name, "contract_terms");
 * const table = await load("contract_terms");
 * assert.equal(table.numRows(), 19);
 * ```
 */
export const contractTerms = {
  name: "contract_terms",
  title: "Contract and funding terms of commissioned services, LLR 2024-25",
  description:
    "For each service the Commissioning Framework describes: start, end and extension options of " +
    "its contract or funding, to the precision the document states, the funding source where " +
    "named, whether the document says there is no indication the funding will continue, and " +
    "whether it says the funding ends as planned. `raw` quotes the words the row is read from.",
  seed: FRAMEWORK,
  schema: rowSchema(() => ({
    service: text({ description: "The commissioned service or funded activity" }),
    provider: optionalText({ description: "Who delivers it, where the document says" }),
    start: optionalPartialDate({
      description: "Start, to the precision stated (2024-04-01 or 2024-09)",
    }),
    ends: optionalPartialDate({
      description: "When the contract or funding ends, to the precision stated (2025-03 or 2028)",
    }),
    extendable_to: optionalPartialDate({
      description: "How far options could extend it, to the precision stated",
    }),
    length_years: optionalNumber({ description: "Contract length in years, where stated" }),
    funding_source: optionalText({ description: "Funding source named (MoJ grant, Home Office)" }),
    funding_at_risk: boolean({
      description:
        "True where the document says there is no indication funding continues after it ends",
    }),
    ends_as_planned: boolean({
      description: "True where the document says the funding stops at its end as agreed " +
        "(no further funding, the project completed), which is not a risk",
    }),
  })),
} satisfies Dataset;

/** A row of `contract_terms`: what its schema decodes a CSV row to. */
export type ContractTermsRow = RowOf<typeof contractTerms.schema>;
