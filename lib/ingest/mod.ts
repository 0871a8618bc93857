/**
 * Ingesting any FOI response (text, markdown, HTML, a PDF's text layer, a Word file): tables in tab-separated, markdown, HTML, space-aligned and
 * one-cell-per-line layouts, figures in prose and lists with their labels, periods, units and
 * qualifiers, withheld and malformed values reported rather than guessed, the response's own
 * metadata, and a check that stated totals reconcile with their parts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkTotals, ingest } from "./mod.ts";
 *
 * const result = ingest("- Victim First – £500,000 per annum\n- Pathway – £80,000\n- Total – £580,000");
 * assert.equal(result.figures[0].label, "Victim First");
 * assert.equal(result.figures[0].period.per_annum, true);
 * assert.equal(checkTotals(result)[0].status, "reproduced");
 * ```
 *
 * @module
 */
export * from "./types.ts";
export * from "./ingest.ts";
export * from "./check_totals.ts";
export * from "./figures_to_csv.ts";
export * from "./write_ingest.ts";
export * from "./output_stems.ts";
export * from "./read_document.ts";
export * from "./read_pdf.ts";
export * from "./read_docx.ts";
