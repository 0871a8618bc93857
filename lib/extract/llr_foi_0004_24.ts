import type { DatasetRowLists } from "../datasets/registry.ts";
import type { PaediatricSarcRow } from "../datasets/paediatric_sarc.ts";
import type { VictimFirstUnder18Row } from "../datasets/victim_first_under18.ts";
import { parseFinancialYear } from "../parse/financial_year.ts";
import { SourceDocument } from "./_document.ts";

/** What the LLR OPCC's FOI response 0004-24 yields. */
export type LlrFoi000424 = DatasetRowLists<"paediatric_sarc" | "victim_first_under18">;

const QUARTER = /\bQ([1-4])\b/;

/**
 * Extracts the two tables of the LLR OPCC's FOI response 0004-24 (23 February 2024): the
 * paediatric SARC contribution with quarterly referrals, and Victim First's funding with annual
 * and quarterly under-18 referrals.
 *
 * @param seed The seed file's name, for provenance.
 * @param text The document's text.
 * @returns The rows of each dataset, in document order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractLlrFoi000424 } from "./mod.ts";
 * const seed = "llr_opcc_foi_0004_24_under18_services.txt";
 * const text = await Deno.readTextFile(new URL(`../../seeds/${seed}`, import.meta.url));
 * const { victim_first_under18 } = extractLlrFoi000424(seed, text);
 * assert.equal(victim_first_under18.length, 12);
 * ```
 */
export function extractLlrFoi000424(seed: string, text: string): LlrFoi000424 {
  const doc = new SourceDocument(seed, text);
  return { paediatric_sarc: sarc(doc), victim_first_under18: victimFirst(doc) };
}

// The quarter a column header names ("… referred to service. Q1 – Leicester, …").
function headerQuarter(doc: SourceDocument, header: string, line: number) {
  const match = QUARTER.exec(header);
  if (!match) throw doc.error(`no quarter in the column header "${header}" on line ${line}`);
  return `Q${match[1]}` as "Q1" | "Q2" | "Q3" | "Q4";
}

function sarc(doc: SourceDocument): PaediatricSarcRow[] {
  const { line: header } = doc.find(/^\tFunding contribution by OPCC\t/);
  const headers = doc.cells(header);
  const rows: PaediatricSarcRow[] = [];
  for (const line of doc.rowsAfter(header)) {
    const [year, funding, ...quarters] = doc.cells(line);
    const base = { service: "Paediatric SARC", financial_year: parseFinancialYear(year).label };
    rows.push({
      ...base,
      quarter: null,
      measure: "opcc_contribution",
      ...doc.figure(funding, "GBP", line),
    });
    quarters.forEach((cell, i) => {
      rows.push({
        ...base,
        quarter: headerQuarter(doc, headers[i + 2], header),
        measure: "under18_referrals",
        ...doc.figure(cell, "count", line),
      });
    });
  }
  return rows;
}

function victimFirst(doc: SourceDocument): VictimFirstUnder18Row[] {
  const { line: header } = doc.find(/^\tFunding\tNumber of victims under the age of 18/);
  const headers = doc.cells(header);
  const rows: VictimFirstUnder18Row[] = [];
  for (const line of doc.rowsAfter(header)) {
    const [year, funding, total, ...quarters] = doc.cells(line);
    const base = { service: "Victim First", financial_year: parseFinancialYear(year).label };
    rows.push({ ...base, quarter: null, measure: "funding", ...doc.figure(funding, "GBP", line) });
    rows.push({
      ...base,
      quarter: null,
      measure: "under18_referrals",
      ...doc.figure(total, "count", line, "total"),
    });
    quarters.forEach((cell, i) => {
      rows.push({
        ...base,
        quarter: headerQuarter(doc, headers[i + 3], header),
        measure: "under18_referrals",
        ...doc.figure(cell, "count", line),
      });
    });
  }
  return rows;
}
