// Figures one document states that another document gives too: the Victim First contract in the
// Commissioning Framework and FOI 0017/24, the paediatric SARC contribution in the framework and
// FOI 0004-24.
import { parseFinancialYear } from "../parse/financial_year.ts";
import type { FindingDefinition } from "./finding.ts";
import { formatFigure } from "./format_figure.ts";
import { linesOf, only, some, statedBy } from "./_select.ts";
import { figure } from "./_defs_framework_table.ts";
import { contractPeriods } from "./_defs_foi_0017_24.ts";

const victimFirstSpend: FindingDefinition = {
  id: "cross-victim-first-spend-2024-25",
  claim: "Victim First's 24/25 spend in the framework's Table 1 is the 2024-25 payment FOI " +
    "0017/24 gives for the contract",
  expected: "reproduced",
  datasets: ["commissioning_spend", "victim_first_contract"],
  check(inputs) {
    const stated = only(
      inputs.rows("commissioning_spend")
        .filter((r) => r.project === "Victim First" && r.role === "observation"),
      "Victim First in Table 1",
    );
    const paid = only(
      inputs.rows("victim_first_contract")
        .filter((r) => r.financial_year === stated.financial_year && r.role === "observation"),
      `Victim First payment ${stated.financial_year}`,
    );
    return {
      ...statedBy(stated),
      computed: paid.value,
      unit: "GBP",
      precision: "exact",
      note: `FOI 0017/24 ${linesOf([paid])}, the ${paid.financial_year} payment ` +
        '("£ up to"): a maximum the framework gives as the year\'s spend.',
    };
  },
};

const contractLengthText: FindingDefinition = {
  id: "cross-victim-first-contract-length-terms",
  claim: "Victim First's 5-year contract in the framework is FOI 0017/24's 3 years plus two " +
    "extension periods of up to 12 months",
  expected: "reproduced",
  datasets: ["commissioning_figures"],
  check(inputs) {
    const stated = figure(inputs, "Victim First contract", "contract length");
    const terms = contractPeriods(inputs);
    const years = terms.initialYears + terms.extensions * terms.extensionMonths / 12;
    return {
      ...statedBy(stated),
      computed: years,
      unit: "years",
      precision: "exact",
      note: `FOI 0017/24 line ${terms.source.line}: ${terms.initialYears} years + ` +
        `${terms.extensions} × ${terms.extensionMonths} months, with both extensions taken.`,
    };
  },
};

const contractLengthPayments: FindingDefinition = {
  id: "cross-victim-first-contract-length-payments",
  claim: "Victim First's 5-year contract in the framework spans the financial years of FOI " +
    "0017/24's payment table",
  expected: "reproduced",
  datasets: ["commissioning_figures", "contract_terms", "victim_first_contract"],
  check(inputs) {
    const stated = figure(inputs, "Victim First contract", "contract length");
    const years = some(
      inputs.rows("victim_first_contract").filter((r) => r.financial_year !== null),
      "Victim First payments",
    );
    const { start } = only(
      inputs.rows("contract_terms").filter((r) => r.service === "Victim First"),
      "Victim First contract terms",
    );
    const first = parseFinancialYear(years[0].financial_year ?? "");
    return {
      ...statedBy(stated),
      computed: new Set(years.map((r) => r.financial_year)).size,
      unit: "years",
      precision: "exact",
      note: `Financial years with a payment (FOI 0017/24 ${linesOf(years)}): ` +
        `${years.map((r) => r.financial_year).join(", ")}. The framework starts the contract on ` +
        `${start}, ${
          start === first.start ? "the first day of the first of them" : `not ${first.start}`
        }.`,
    };
  },
};

const paediatricSarc: FindingDefinition = {
  id: "cross-paediatric-sarc-contribution",
  claim:
    "The OPCC's paediatric SARC contribution in Table 1 (2024/25) is the yearly contribution " +
    "FOI 0004-24 gives for 2021/22 and 2022/23",
  expected: "reproduced",
  datasets: ["commissioning_spend", "paediatric_sarc"],
  check(inputs) {
    const stated = only(
      inputs.rows("commissioning_spend").filter((r) => r.project === "Paediatric SARC"),
      "Paediatric SARC in Table 1",
    );
    const earlier = some(
      inputs.rows("paediatric_sarc").filter((r) => r.measure === "opcc_contribution"),
      "paediatric SARC contributions",
    );
    const latest = earlier.at(-1)!;
    const flat = earlier.every((r) => r.value === latest.value);
    return {
      ...statedBy(stated),
      computed: latest.value,
      unit: "GBP",
      precision: "exact",
      note:
        `FOI 0004-24 ${linesOf(earlier)} give ${
          earlier.map((r) => `${r.financial_year}: ${formatFigure(r.value, "GBP")}`).join(", ")
        }; computed is the latest, ${latest.financial_year}. Different years: agreement shows the ` +
        `contribution ${flat ? "unchanged" : "as in the latest year"}, not that the ` +
        `${stated.financial_year} figure is right.`,
    };
  },
};

/** The findings that compare documents. */
export const CROSS_DOCUMENT: readonly FindingDefinition[] = [
  victimFirstSpend,
  contractLengthText,
  contractLengthPayments,
  paediatricSarc,
];
