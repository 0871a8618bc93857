import type { DatasetRowLists } from "../datasets/registry.ts";
import type { CommissioningFiguresRow } from "../datasets/commissioning_figures.ts";
import type { CommissioningSpendRow } from "../datasets/commissioning_spend.ts";
import type { ContractTermsRow } from "../datasets/contract_terms.ts";
import { parseFinancialYear } from "../parse/financial_year.ts";
import { monthOf, SourceDocument } from "./_document.ts";
import { NARRATIVE_FIGURES } from "./_framework_figures.ts";
import { AT_RISK, ENDS_AS_PLANNED, TERMS } from "./_framework_terms.ts";

/** What the LLR Commissioning Framework 2024-25 yields: Table 1 (`commissioning_spend`), the prose (`commissioning_figures`) and the contract terms. */
export type LlrFramework202425 = DatasetRowLists<
  "commissioning_spend" | "commissioning_figures" | "contract_terms"
>;

/**
 * Extracts the LLR OPCC's Commissioning Framework 2024-25: every row of Table 1 with both stated
 * totals, the figures stated in its prose, and the contract and funding terms it describes.
 *
 * @param seed The seed file's name, for provenance.
 * @param text The document's text.
 * @returns The rows of each dataset, in document order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractLlrFramework202425 } from "./mod.ts";
 * const seed = "llr_opcc_commissioning_framework_2024_25.txt";
 * const text = await Deno.readTextFile(new URL(`../../seeds/${seed}`, import.meta.url));
 * const { commissioning_spend: rows } = extractLlrFramework202425(seed, text);
 * assert.equal(rows.filter((r) => r.section === "commissioned" && r.role === "observation").length, 47);
 * ```
 */
export function extractLlrFramework202425(seed: string, text: string): LlrFramework202425 {
  const doc = new SourceDocument(seed, text);
  return {
    commissioning_spend: table1(doc),
    commissioning_figures: narrative(doc),
    contract_terms: terms(doc),
  };
}

function table1(doc: SourceDocument): CommissioningSpendRow[] {
  const { line: header } = doc.find(/^Term\tPriority\tProject\tProvider\t(.*Spend)$/);
  const year = parseFinancialYear(doc.cells(header)[4].replace(/\s*Spend$/, "")).label;
  const rows: CommissioningSpendRow[] = [];
  let section: CommissioningSpendRow["section"] = "commissioned";
  for (let line = header + 1; line <= doc.lines.length; line++) {
    const cells = doc.cells(line);
    if (cells.every((c) => c.trim() === "")) continue;
    if (/^Grants$/.test(cells[0].trim())) {
      section = "grants";
      continue;
    }
    if (cells.length !== 5) {
      throw new SyntaxError(
        `Cannot extract Table 1 from "${doc.seed}": line ${line} has ${cells.length} cells, not 5`,
      );
    }
    const [term, priority, project, provider, spend] = cells.map((c) => c.trim());
    const total = /^TOTAL$/i.test(term);
    rows.push({
      section,
      term: total ? null : term,
      priority: total ? null : priority,
      project: total ? null : project,
      provider: total ? null : provider,
      financial_year: year,
      ...doc.figure(spend, "GBP", line, total ? "total" : "observation"),
    });
    if (total && section === "grants") break;
  }
  return rows;
}

function narrative(doc: SourceDocument): CommissioningFiguresRow[] {
  return NARRATIVE_FIGURES.map((spec) => {
    const { line, match } = doc.find(spec.pattern);
    const year = match.groups?.year;
    return {
      subject: spec.subject,
      measure: spec.measure,
      financial_year: year === undefined ? null : parseFinancialYear(year).label,
      per_annum: spec.perAnnum ?? false,
      qualifier: match.groups?.qualifier ?? null,
      ...doc.figure(match.groups!.value, spec.unit, line),
    };
  });
}

function terms(doc: SourceDocument): ContractTermsRow[] {
  return TERMS.map((spec) => {
    const { line, match } = doc.find(spec.pattern);
    const other = spec.also === undefined ? undefined : doc.find(spec.also).match.groups;
    const group = (name: string) => match.groups?.[name] ?? other?.[name];
    const month = (name: string) => group(name) === undefined ? null : monthOf(group(name)!);
    const start = group("start");
    return {
      service: spec.service,
      provider: group("provider") ?? null,
      // A start is a UK date (01/04/2024) or a month (September 2024).
      start: start === undefined
        ? null
        : start.includes("/")
        ? start.split("/").reverse().join("-")
        : monthOf(start),
      ends: month("ends"),
      extendable_to: month("extendable"),
      length_years: group("years") === undefined ? null : Number(group("years")),
      funding_source: group("source") ?? null,
      funding_at_risk: AT_RISK.test(doc.text(line)),
      ends_as_planned: ENDS_AS_PLANNED.test(doc.text(line)),
      raw: match[0],
      seed: doc.seed,
      line,
    };
  });
}
