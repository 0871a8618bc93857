import type { DatasetRowLists } from "../datasets/registry.ts";
import type { AsbSupportRow } from "../datasets/asb_support.ts";
import type { VictimFirstContractRow } from "../datasets/victim_first_contract.ts";
import { parseFinancialYear } from "../parse/financial_year.ts";
import { parseMoneyUnit } from "../parse/money_unit.ts";
import { endOfMonth, monthOf, SourceDocument } from "./_document.ts";

/** What the LLR OPCC's FOI response 0017/24 yields. */
export type LlrFoi001724 = DatasetRowLists<"victim_first_contract" | "asb_support">;

const PERIODS = ["initial", "extension"] as const;

/**
 * Extracts the LLR OPCC's FOI response 0017/24 (19 November 2024): the Victim First contract's
 * payments per year with its sub-totals and grand total, and the ASB referrals and service users.
 *
 * @param seed The seed file's name, for provenance.
 * @param text The document's text.
 * @returns The rows of each dataset, in document order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractLlrFoi001724 } from "./mod.ts";
 * const seed = "llr_opcc_foi_0017_24_asb_support.txt";
 * const text = await Deno.readTextFile(new URL(`../../seeds/${seed}`, import.meta.url));
 * const { asb_support } = extractLlrFoi001724(seed, text);
 * assert.deepEqual(asb_support.map((r) => r.value), [105, 36]);
 * ```
 */
export function extractLlrFoi001724(seed: string, text: string): LlrFoi001724 {
  const doc = new SourceDocument(seed, text);
  return { victim_first_contract: contract(doc), asb_support: asb(doc) };
}

function contract(doc: SourceDocument): VictimFirstContractRow[] {
  const { line: header } = doc.find(/^Financial Year\tPayments within/);
  const units = doc.cells(header).slice(1).map((h) => parseMoneyUnit(h));
  const rows: VictimFirstContractRow[] = [];
  for (const line of doc.rowsAfter(header)) {
    const [label, ...cells] = doc.cells(line);
    const role = /^sub-?totals?$/i.test(label)
      ? "subtotal"
      : /^gran[dt] total$/i.test(label)
      ? "grand_total"
      : "observation";
    cells.forEach((cell, i) => {
      if (cell.trim() === "") return; // each year's payment sits in one period column
      const figure = doc.figure(cell, "GBP", line, role);
      rows.push({
        service: "Victim First",
        financial_year: role === "observation" ? parseFinancialYear(label).label : null,
        period: role === "grand_total" ? null : PERIODS[i],
        ...figure,
        bound: units[i]?.bound ?? figure.bound,
      });
    });
  }
  return rows;
}

function asb(doc: SourceDocument): AsbSupportRow[] {
  const { line, match } = doc.find(
    /\((\w+ \d{4}) – (\w+ \d{4})\), (\d+) referrals were made .*?into (\d+) service users/,
  );
  const base = {
    service: "Victim First",
    period_start: `${monthOf(match[1])}-01`,
    period_end: endOfMonth(monthOf(match[2])),
  };
  return [
    { ...base, measure: "referrals", ...doc.figure(match[3], "count", line) },
    { ...base, measure: "service_users", ...doc.figure(match[4], "count", line) },
  ];
}
