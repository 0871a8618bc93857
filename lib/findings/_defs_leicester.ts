// Leicester City Council FOI on child victims, 2020-21: the "roughly 27%" share of the budget,
// and whether the protected-characteristics breakdowns cover the headline counts.
import type { FindingDefinition, FindingStatus } from "./finding.ts";
import type { CouncilService } from "../datasets/council_service.ts";
import type { FigureColumns } from "../datasets/schema.ts";
import { linesOf, lineSpan, only, some, sourceOf, sumText } from "./_select.ts";
import { findLine } from "./_seed_text.ts";
import { formatValue } from "../format/format_value.ts";

const share: FindingDefinition = {
  id: "leicester-cyp-share-of-budget",
  claim: "The £186,945 children, young people and family service contract represents roughly " +
    "27% of the £705,672 annual budget",
  expected: "discrepancy",
  datasets: ["council_dsv_budget"],
  check(inputs) {
    const rows = inputs.rows("council_dsv_budget");
    const pick = (m: string) => only(rows.filter((r) => r.measure === m), m);
    const stated = pick("cyp_share");
    const part = pick("cyp_service_contract_value");
    const whole = pick("dsv_commissioning_budget");
    const computed = part.value === null || whole.value === null
      ? null
      : part.value / whole.value * 100;
    return {
      source: sourceOf(stated),
      stated: stated.value,
      computed,
      reason: "the contract value or the budget is missing",
      unit: "percent",
      precision: "rounded",
      note: shareNote(part.value, whole.value, computed, stated.value) +
        ` Contract value on ${linesOf([part])}, budget on ${linesOf([whole])}.`,
    };
  },
};

function shareNote(
  part: number | null,
  whole: number | null,
  share: number | null,
  stated: number | null,
): string {
  if (share === null || stated === null) return "The share of the budget cannot be computed.";
  const rounded = Math.round(share);
  // Two places for the computed share and the gap, whole percents for the rounding.
  const whole0 = (n: number) => formatValue(n, "percent", { digits: 0 });
  const gap = formatValue(Math.abs(share - stated), "number", { digits: 2 });
  return `${part} / ${whole} × 100 = ${formatValue(share, "percent", { digits: 2 })}, ` +
    `which rounds to ${whole0(rounded)}` +
    (rounded === stated ? "." : `, not ${whole0(stated)}: "roughly" marks the figure as rounded, ` +
      `but ${whole0(stated)} is ${gap} points away, just beyond rounding to ` +
      "the nearest whole point. A small difference: the share looks rounded up, not to the nearest.");
}

// The breakdowns are headed "Child victims of domestic abuse" (line 102) but the document does
// not say they add up to the counts of question B; these findings measure how far they cover
// them, which a reader of the breakdowns needs to know, and are worded as coverage, not error.
type Breakdown = "child_victims_age" | "child_victims_sex" | "child_victims_ethnicity";
const WORD: Record<Breakdown, string> = {
  child_victims_age: "age",
  child_victims_sex: "sex",
  child_victims_ethnicity: "ethnicity",
};

function coverage(
  breakdown: Breakdown,
  service: CouncilService,
  expected: FindingStatus,
): FindingDefinition {
  const slug = service === "CYPFS" ? "cypfs" : "support-information";
  return {
    id: `leicester-coverage-${WORD[breakdown]}-${slug}`,
    claim: `Coverage (implied by the heading, not stated): the ${WORD[breakdown]} breakdown of ` +
      `${service} child victims of domestic abuse accounts for the ${service} count of question B`,
    expected,
    datasets: ["child_victims", breakdown],
    check(inputs) {
      const headline = only(
        inputs.rows("child_victims").filter((r) => r.question === "B" && r.service === service),
        `${service} child victims of domestic abuse`,
      );
      const rows = inputs.rows(breakdown) as readonly (FigureColumns & { service: string })[];
      const parts = some(
        rows.filter((r) => r.service === service),
        `${service} ${WORD[breakdown]} breakdown`,
      );
      const known = parts.filter((p) => p.value !== null);
      const knownSum = known.reduce((a, p) => a + (p.value ?? 0), 0);
      const short = headline.value === null ? 0 : headline.value - knownSum;
      const caveat = findLine(inputs, headline.seed, /double counting/).line;
      return {
        source: sourceOf(headline),
        stated: headline.value,
        parts,
        unit: "count",
        precision: "exact",
        note: `Sum of the ${WORD[breakdown]} breakdown (${lineSpan(parts)})` +
          (known.length === parts.length
            ? `: ${sumText(parts.map((p) => p.value))}.`
            : `; the ${known.length} cells with a figure sum to ${knownSum}` +
              (short > 0
                ? `, ${short} short of ${headline.value}, which the empty ` +
                  `${parts.length - known.length === 1 ? "cell" : "cells"} could hold.`
                : ".")) +
          " The document does not say the breakdown should add up to the count, and line " +
          `${caveat} warns of double counting across systems: a difference is a gap in ` +
          "coverage to bear in mind, not an arithmetic error.",
      };
    },
  };
}

/** The findings of the Leicester City Council FOI. */
export const LEICESTER: readonly FindingDefinition[] = [
  share,
  coverage("child_victims_age", "CYPFS", "discrepancy"),
  coverage("child_victims_age", "Support & Information Service", "discrepancy"),
  coverage("child_victims_sex", "CYPFS", "discrepancy"),
  coverage("child_victims_ethnicity", "CYPFS", "not-computable"),
  coverage("child_victims_ethnicity", "Support & Information Service", "discrepancy"),
];
