import {
  optionalDate,
  optionalFinancialYear,
  optionalInteger,
  optionalOneOf,
  optionalText,
  text,
} from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";

/**
 * The schema of a row of a dataset made from a user's document (`deno task add --accept`): CSV
 * text cells to a typed row, and back. Every user dataset has these columns, so a notebook reads
 * any of them the same way.
 *
 * @ignore
 */
export const UserDatasetRow = figureSchema(() => ({
  figure: text({ description: "The figure's id in the review file (F1, F2...)" }),
  label: text({
    description: "What the figure is about, as reviewed: a service, group or measure",
  }),
  section: optionalText({ description: "The heading or table caption it sits under" }),
  financial_year: optionalFinancialYear({ description: "The financial year it is for" }),
  quarter: optionalOneOf(["Q1", "Q2", "Q3", "Q4"], {
    description: "The quarter of financial_year it is for (Q1 April-June); null for a year",
  }),
  period_start: optionalDate({ description: "The first day of the period it is for" }),
  period_end: optionalDate({ description: "The last day of the period it is for" }),
  part_of: optionalText({
    description: "The figure id of the stated total this figure is a part of; else null",
  }),
  page: optionalInteger({ description: "The page of a PDF the figure is on; null for others" }),
}));

/** A row of a dataset made from a user's document: what its schema decodes a CSV row to. */
export type UserDatasetRow = RowOf<typeof UserDatasetRow>;

/** What a user dataset is made from: its name, title, and the document in `seeds/user/`. */
export interface UserDatasetInfo {
  /** The dataset's name: the id the document was added with. */
  name: string;
  /** A short title. */
  title: string;
  /** The document's file in `seeds/user/`. */
  file: string;
  /** Who published the document, or "unknown". */
  publisher: string;
  /** The publisher's reference, or "unknown". */
  reference: string;
}

/**
 * The dataset of a user's document, for `load()` and `catalog()`: its rows typed by
 * {@linkcode UserDatasetRow}.
 *
 * @param info The dataset's name and title and its document.
 * @returns The dataset.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { userDataset } from "./mod.ts";
 * const dataset = userDataset({
 *   name: "northmoor_foi", title: "Northmoor OPCC FOI 042/25", file: "northmoor_foi.pdf",
 *   publisher: "Northmoor OPCC", reference: "FOI 042/25",
 * });
 * assert.equal(dataset.seed, "northmoor_foi.pdf");
 * assert.match(dataset.description, /reviewed and accepted from seeds\/user\/northmoor_foi\.pdf/);
 * ```
 */
export function userDataset(info: UserDatasetInfo): Dataset<typeof UserDatasetRow> {
  return {
    name: info.name,
    title: info.title,
    description: `Figures reviewed and accepted from seeds/user/${info.file} (${info.publisher}, ` +
      `${info.reference}) with \`deno task add\`: one figure per row, its label, period, ` +
      "page and line; stated totals (role total) list their parts in part_of.",
    seed: info.file,
    schema: UserDatasetRow,
  };
}
