/**
 * How a table, a chart's summary or a finding writes a missing value: an em dash. Every writer
 * takes it from {@linkcode missingCell}, so that the statistical symbols (`[c]` confidential,
 * `[x]` not available, `[z]` not applicable…) and their key can later be derived from the reason
 * here, in one place.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MISSING_MARK } from "./mod.ts";
 * assert.equal(MISSING_MARK, "—");
 * ```
 */
export const MISSING_MARK = "—";

/** A missing value as written: its mark, and why it is missing (for a tooltip), when known. */
export interface MissingCell {
  /** The text in the cell. */
  text: string;
  /** Why the value is missing, such as a row's `missing_reason`; null when not known. */
  reason: string | null;
}

/**
 * Writes a missing value: a dash, with its reason kept beside it (a table shows the reason as
 * the cell's tooltip). Text that is empty or only spaces is no reason.
 *
 * @param reason Why the value is missing, or null.
 * @returns The cell's text and reason.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { missingCell } from "./mod.ts";
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt line 57: "Information held by NHSE"
 * assert.deepEqual(missingCell("Information held by NHSE"), {
 *   text: "—",
 *   reason: "Information held by NHSE",
 * });
 * assert.deepEqual(missingCell(null), { text: "—", reason: null });
 * ```
 */
export function missingCell(reason: string | null | undefined): MissingCell {
  const known = typeof reason === "string" && reason.trim() !== "" ? reason : null;
  return { text: MISSING_MARK, reason: known };
}
