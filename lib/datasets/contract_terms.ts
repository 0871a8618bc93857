import { boolean, optionalNumber, optionalPartialDate, optionalText, text } from "./_columns.ts";
import { lazySchema, provenanceColumns, rowSchema } from "./_row_schema.ts";
import type { Dataset, Provenance, RowSchema } from "./dataset.ts";
import { FRAMEWORK } from "./_seeds.ts";

/** A row of `contract_terms`. */
export interface ContractTermsRow extends Provenance {
  /** The service or activity. */
  service: string;
  /** Who delivers it. */
  provider: string | null;
  /** Start, to the precision stated. */
  start: string | null;
  /** End, to the precision stated. */
  ends: string | null;
  /** How far options could extend it. */
  extendable_to: string | null;
  /** Contract length in years, where stated. */
  length_years: number | null;
  /** Funding source named. */
  funding_source: string | null;
  /** True where the document says funding is not expected to continue. */
  funding_at_risk: boolean;
}

/**
 * The schema of a row of `contract_terms`: CSV text cells to a typed row, and back. Every problem in a
 * row is reported, not only the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ContractTermsRow } from "./mod.ts";
 * const cells = Object.fromEntries(Object.keys(ContractTermsRow.shape).map((c) => [c, ""]));
 * const result = ContractTermsRow.safeDecode(cells);
 * assert.equal(result.success, false); // empty seed and line, at least
 * ```
 */
export const ContractTermsRow: RowSchema<ContractTermsRow> = lazySchema(() =>
  rowSchema<ContractTermsRow>({
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
    ...provenanceColumns(),
  })
);

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
export const contractTerms: Dataset<ContractTermsRow> = {
  name: "contract_terms",
  title: "Contract and funding terms of commissioned services, LLR 2024-25",
  description:
    "For each service the Commissioning Framework describes: start, end and extension options of " +
    "its contract or funding, to the precision the document states, the funding source where " +
    "named, and whether the document says the funding is not expected to continue. `raw` " +
    "quotes the words the row is read from.",
  seed: FRAMEWORK,
  schema: ContractTermsRow,
};
