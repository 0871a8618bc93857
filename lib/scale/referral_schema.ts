/** How one column of a referral extract is read and checked. */
export interface ReferralColumn {
  /** The column's name, as in the file's header. */
  name: string;
  /**
   * `"category"`: text, never empty, kept dictionary-encoded; `"integer"` and `"number"`: numbers,
   * empty when not recorded (null, never 0).
   */
  kind: "category" | "integer" | "number";
  /** For a category: the only labels allowed (any non-empty text when absent). */
  labels?: readonly string[];
  /** For numbers: the smallest value allowed. */
  min?: number;
  /** For numbers: the largest value allowed. */
  max?: number;
  /** What the column holds, for people. */
  description: string;
}

/**
 * The columns of a referral-level extract, one row per referral, in file order. The synthetic
 * generator writes exactly these; the loaders require them with these kinds and ranges.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { REFERRAL_SCHEMA } from "./mod.ts";
 *
 * assert.deepEqual(REFERRAL_SCHEMA.map((c) => c.name), [
 *   "financial_year", "quarter", "service", "age", "sex", "ethnicity", "amount_gbp",
 * ]);
 * ```
 */
export const REFERRAL_SCHEMA: readonly ReferralColumn[] = [
  {
    name: "financial_year",
    kind: "category",
    description: "The financial year of the referral, written YYYY-YY (e.g. 2023-24)",
  },
  {
    name: "quarter",
    kind: "category",
    labels: ["Q1", "Q2", "Q3", "Q4"],
    description: "The quarter of the financial year (Q1 is April to June)",
  },
  { name: "service", kind: "category", description: "The service referred to" },
  {
    name: "age",
    kind: "integer",
    min: 0,
    max: 17,
    description: "Age at referral in whole years; empty when not recorded",
  },
  {
    name: "sex",
    kind: "category",
    labels: ["Male", "Female", "Unknown"],
    description: "Sex as recorded",
  },
  {
    name: "ethnicity",
    kind: "category",
    labels: [
      "White",
      "Asian or Asian British",
      "Black or Black British",
      "Mixed",
      "Other ethnic group",
      "Not provided",
    ],
    description: "Ethnic group as recorded, or Not provided",
  },
  {
    name: "amount_gbp",
    kind: "number",
    min: 0,
    max: 1e9,
    description: "The cost of the support given, in pounds; empty when not recorded",
  },
];
