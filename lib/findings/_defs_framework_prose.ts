// LLR OPCC Commissioning Framework 2024-25: counts the prose states against the lists it gives,
// the Victim First contract's breaks, and prose figures with nothing to check them against.
import type { FindingDefinition } from "./finding.ts";
import { lineList, statedBy } from "./_select.ts";
import { listAfter, matchLine, readNumber } from "./_seed_text.ts";
import { figure } from "./_defs_framework_table.ts";

function listCount(id: string, claim: string, subject: string): FindingDefinition {
  return {
    id,
    claim,
    expected: "reproduced",
    datasets: ["commissioning_figures"],
    check(inputs) {
      const stated = figure(inputs, subject, "count");
      const list = listAfter(inputs.seed(stated.seed), stated.line);
      return {
        ...statedBy(stated),
        computed: list.items.length,
        unit: "count",
        precision: "exact",
        note: `Items of the list that follows (${lineList(list.lines)}): ` +
          `${list.items.map((i) => i.length > 60 ? `${i.slice(0, 57)}…` : i).join("; ")}.`,
      };
    },
  };
}

const victimFirstBreaks: FindingDefinition = {
  id: "framework-victim-first-contract-breaks",
  claim: 'Victim First: "commissioned for 5 years (3 plus 1 and 4 plus 1 contract breaks)"',
  expected: "reproduced",
  datasets: ["commissioning_figures"],
  check(inputs) {
    const stated = figure(inputs, "Victim First contract", "contract length");
    const [, a, b, c, d] = matchLine(
      inputs,
      stated,
      /\((\w+) plus (\w+) and (\w+) plus (\w+) contract breaks\)/,
    ).map((m, i) => i === 0 ? 0 : readNumber(m));
    return {
      ...statedBy(stated),
      computed: c + d,
      unit: "years",
      precision: "exact",
      note: `The last break: ${c} plus ${d} = ${c + d} years. The breaks chain: the first, ` +
        `${a} plus ${b} = ${a + b}, ${a + b === c ? "is" : "is not"} where the second starts.`,
    };
  },
};

const dtoaYears: FindingDefinition = {
  id: "framework-dtoa-three-year-project",
  claim: "DTOA: the OPCC completes the three year project in Year 24-25",
  expected: "not-computable",
  datasets: ["commissioning_figures"],
  check(inputs) {
    const stated = figure(inputs, "Drug Test on Arrest (DTOA) project", "project length");
    return {
      ...statedBy(stated),
      computed: null,
      reason: "no document gives the DTOA project's start, only the year it completes",
      unit: "years",
      precision: "exact",
      note: "Table 1 funds DTOA within one row with PAVE and OOCD, with no start year.",
    };
  },
};

const safetyFundGrants: FindingDefinition = {
  id: "framework-commissioners-safety-fund-grant-size",
  claim: "Commissioners Safety Fund grants are usually allocated in amounts less than £20,000",
  expected: "not-computable",
  datasets: ["commissioning_figures"],
  check(inputs) {
    const stated = figure(inputs, "Commissioners Safety Fund grants", "grant size");
    return {
      ...statedBy(stated),
      computed: null,
      reason: "no document lists the fund's individual grants; Table 1 gives only the fund's total",
      unit: "GBP",
      precision: "rounded",
      note: 'An upper bound ("less than"), qualified by "usually".',
    };
  },
};

/** The findings on the framework's prose counts and its figures with nothing to check against. */
export const FRAMEWORK_PROSE: readonly FindingDefinition[] = [
  listCount(
    "framework-two-major-strands",
    "Commissioning within the OPCC takes two major strands",
    "Strands of commissioning within the OPCC",
  ),
  listCount(
    "framework-four-categories",
    "Commissioned services fall into four categories within the commissioning cycle",
    "Categories of services in the commissioning cycle",
  ),
  listCount(
    "framework-three-oocr-activities",
    "The PCC commissions three OOCR activities, outside of the substance misuse activity",
    "Out of Court Resolution activities commissioned",
  ),
  listCount(
    "framework-safer-streets-5-listed",
    "Safer Streets 5: three projects funded by the Home Office, as listed",
    "Safer Streets 5 projects",
  ),
  victimFirstBreaks,
  dtoaYears,
  safetyFundGrants,
];
