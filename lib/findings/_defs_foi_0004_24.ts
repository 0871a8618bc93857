// LLR OPCC FOI 0004-24 (under-18 victim services): the Victim First annual referrals against
// their quarters, and the paediatric SARC referrals the OPCC does not hold.
import type { FindingDefinition, FindingStatus } from "./finding.ts";
import { only, some, sourceOf, statedBy, summed } from "./_select.ts";

function victimFirstQuarters(id: string, year: string, expected: FindingStatus): FindingDefinition {
  return {
    id,
    claim: `Victim First under-18 referrals in ${year} equal the sum of that year's four quarters`,
    expected,
    datasets: ["victim_first_under18"],
    check(inputs) {
      const rows = inputs.rows("victim_first_under18")
        .filter((r) => r.financial_year === year && r.measure === "under18_referrals");
      const total = only(rows.filter((r) => r.role === "total"), `${year} referrals total`);
      const quarters = some(rows.filter((r) => r.quarter !== null), `${year} quarters`);
      return {
        ...statedBy(total),
        parts: quarters,
        unit: "count",
        precision: "exact",
        note: `Sum of ${quarters.map((q) => q.quarter).join(", ")} on the same line ` +
          `${summed(quarters)}.`,
      };
    },
  };
}

function sarcQuarters(id: string, year: string, expected: FindingStatus): FindingDefinition {
  return {
    id,
    claim: `Paediatric SARC (EMCYPARC) under-18 referrals from LLR in ${year}, the year's ` +
      "number the request asks for, from its quarters",
    expected,
    datasets: ["paediatric_sarc"],
    check(inputs) {
      const quarters = some(
        inputs.rows("paediatric_sarc")
          .filter((r) => r.financial_year === year && r.measure === "under18_referrals"),
        `${year} paediatric SARC quarters`,
      );
      return {
        source: sourceOf(quarters[0]),
        stated: null,
        parts: quarters,
        unit: "count",
        precision: "exact",
        note: "The response gives referrals by quarter only and states no year's total; the OPCC " +
          "says it does not hold the full breakdown and points to NHS England, which holds the " +
          "service's procurement.",
      };
    },
  };
}

/** The findings of FOI 0004-24. */
export const FOI_0004_24: readonly FindingDefinition[] = [
  victimFirstQuarters("foi-0004-24-victim-first-referrals-2021-22", "2021-22", "reproduced"),
  victimFirstQuarters("foi-0004-24-victim-first-referrals-2022-23", "2022-23", "reproduced"),
  sarcQuarters("foi-0004-24-paediatric-sarc-referrals-2021-22", "2021-22", "not-computable"),
  sarcQuarters("foi-0004-24-paediatric-sarc-referrals-2022-23", "2022-23", "not-computable"),
];
