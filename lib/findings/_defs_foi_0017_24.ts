// LLR OPCC FOI 0017/24 (ASB support): the Victim First contract's payment table — its
// sub-totals and grand total — the contract periods the text gives for it, and the ASB period.
import { DATASETS } from "../datasets/registry.ts";
import type { DatasetRows } from "../datasets/registry.ts";
import type { FindingDefinition, FindingInputs } from "./finding.ts";
import { linesOf, only, some, sourceOf, statedBy, summed } from "./_select.ts";
import { findLine, matchLine, readNumber } from "./_seed_text.ts";
import { wholeMonths } from "./_periods.ts";

type Payment = DatasetRows["victim_first_contract"];
const PERIOD_WORDS = { initial: "initial period", extension: "optional extension periods" };

function payments(inputs: FindingInputs, period?: "initial" | "extension"): readonly Payment[] {
  return some(
    inputs.rows("victim_first_contract")
      .filter((r) => r.role === "observation" && (period === undefined || r.period === period)),
    `Victim First payments ${period ?? ""}`,
  );
}

/** FOI 0017/24 line 38: "for a period of 3 years ... a further two periods of up to 12 months". */
export function contractPeriods(inputs: FindingInputs) {
  const { line, match } = findLine(
    inputs,
    DATASETS.victim_first_contract.seed,
    /period of (\w+) years with the option to be extended for a further (\w+) periods of up to (\w+) months/,
  );
  const source = { seed: DATASETS.victim_first_contract.seed, line };
  return {
    source,
    initialYears: readNumber(match[1]),
    extensions: readNumber(match[2]),
    extensionMonths: readNumber(match[3]),
  };
}

function subtotal(period: "initial" | "extension"): FindingDefinition {
  return {
    id: `foi-0017-24-victim-first-subtotal-${period}`,
    claim: `The Victim First sub-total of payments within the ${PERIOD_WORDS[period]} equals ` +
      "the sum of that column's yearly payments",
    expected: "reproduced",
    datasets: ["victim_first_contract"],
    check(inputs) {
      const stated = only(
        inputs.rows("victim_first_contract")
          .filter((r) => r.role === "subtotal" && r.period === period),
        `${period} sub-total`,
      );
      const parts = payments(inputs, period);
      return {
        ...statedBy(stated),
        parts,
        unit: "GBP",
        precision: "exact",
        note: `Sum of the payments ${summed(parts)}. The figures ` +
          'are maxima ("£ up to"), so the sub-total is the sum of the maxima.',
      };
    },
  };
}

function grandTotal(of: "subtotals" | "years"): FindingDefinition {
  return {
    id: `foi-0017-24-victim-first-grand-total-${of}`,
    claim: `The Victim First "Grant Total" equals the sum of the ${
      of === "subtotals" ? "two sub-totals" : "five years' payments"
    }`,
    expected: "reproduced",
    datasets: ["victim_first_contract"],
    check(inputs) {
      const rows = inputs.rows("victim_first_contract");
      const stated = only(rows.filter((r) => r.role === "grand_total"), "grand total");
      const parts = of === "subtotals"
        ? some(rows.filter((r) => r.role === "subtotal"), "sub-totals")
        : payments(inputs);
      return {
        ...statedBy(stated),
        parts,
        unit: "GBP",
        precision: "exact",
        note: `Sum of the ${of === "subtotals" ? "sub-totals" : "payments"} ${summed(parts)}. ` +
          `"Grant Total" is the document's spelling of grand total.`,
      };
    },
  };
}

const initialYears: FindingDefinition = {
  id: "foi-0017-24-victim-first-initial-years",
  claim: "The Victim First contract's initial period of 3 years matches the financial years of " +
    "payments within the initial period",
  expected: "reproduced",
  datasets: ["victim_first_contract"],
  check(inputs) {
    const stated = contractPeriods(inputs);
    const rows = payments(inputs, "initial");
    return {
      source: stated.source,
      stated: stated.initialYears,
      computed: new Set(rows.map((r) => r.financial_year)).size,
      unit: "years",
      precision: "exact",
      note: `Financial years in the initial-period column (${linesOf(rows)}): ` +
        `${rows.map((r) => r.financial_year).join(", ")}. The contract starts on 1 April, the ` +
        "first day of a financial year, so each is one whole year of the contract.",
    };
  },
};

const extensionPeriods: FindingDefinition = {
  id: "foi-0017-24-victim-first-extension-periods",
  claim: "The Victim First contract's two optional extension periods of up to 12 months match " +
    "the financial years of payments within the extension periods",
  expected: "reproduced",
  datasets: ["victim_first_contract"],
  check(inputs) {
    const stated = contractPeriods(inputs);
    const rows = payments(inputs, "extension");
    return {
      source: stated.source,
      stated: stated.extensions,
      computed: rows.length,
      unit: "count",
      precision: "exact",
      note: `Rows in the extension column (${linesOf(rows)}): ` +
        `${rows.map((r) => r.financial_year).join(", ")}, each a financial year of ` +
        `${stated.extensionMonths} months, the most an extension period may run.`,
    };
  },
};

const asbPeriod: FindingDefinition = {
  id: "foi-0017-24-asb-period-months",
  claim: "The ASB referrals cover the previous 12 months, October 2023 to September 2024",
  expected: "reproduced",
  datasets: ["asb_support"],
  check(inputs) {
    const row = inputs.rows("asb_support").find((r) => r.measure === "referrals");
    if (row === undefined || row.period_start === null || row.period_end === null) {
      throw new RangeError('Cannot find "ASB referrals period": no row with a period');
    }
    const match = matchLine(inputs, row, /previous (\w+) months/);
    return {
      source: sourceOf(row),
      stated: readNumber(match[1]),
      computed: wholeMonths(row.period_start, row.period_end),
      unit: "months",
      precision: "exact",
      note: `Whole months from ${row.period_start} to ${row.period_end}, the period the line ` +
        "names.",
    };
  },
};

/** The findings of FOI 0017/24. */
export const FOI_0017_24: readonly FindingDefinition[] = [
  subtotal("initial"),
  subtotal("extension"),
  grandTotal("subtotals"),
  grandTotal("years"),
  initialYears,
  extensionPeriods,
  asbPeriod,
];
