// LLR OPCC Commissioning Framework 2024-25: prose figures that restate Table 1's rows.
import type { FindingDefinition } from "./finding.ts";
import { lineList, linesOf, only, statedBy, sumText } from "./_select.ts";
import { listAfter } from "./_seed_text.ts";
import { figure, spend } from "./_defs_framework_table.ts";

function restatesRow(
  id: string,
  claim: string,
  subject: string,
  measure: string,
  project: (name: string) => boolean,
): FindingDefinition {
  return {
    id,
    claim,
    expected: "reproduced",
    datasets: ["commissioning_figures", "commissioning_spend"],
    check(inputs) {
      const stated = figure(inputs, subject, measure);
      const row = only(spend(inputs, (r) => project(r.project ?? ""), subject), subject);
      return {
        ...statedBy(stated),
        computed: row.value,
        unit: "GBP",
        precision: "rounded",
        note: `Table 1 row "${row.project}" (${row.provider}, ${linesOf([row])}). A prose ` +
          "figure, so it may be rounded.",
      };
    },
  };
}

/** Whether a provider in Table 1 is one the prose lists ("Women's Aid Leicester" is written
 * "Women's Aid Leicestershire" in the table, so either may extend the other). */
function isListed(provider: string | null, listed: readonly string[]): boolean {
  return provider !== null && listed.some((p) => provider.startsWith(p) || p.startsWith(provider));
}

const mojGrants: FindingDefinition = {
  id: "framework-moj-specialist-grants",
  claim: 'MoJ grants for specialist domestic abuse and sexual violence services "account for ' +
    '£435,000 value of specialist delivery" by the providers listed',
  expected: "reproduced",
  datasets: ["commissioning_figures", "commissioning_spend"],
  check(inputs) {
    const stated = figure(
      inputs,
      "MoJ grants for specialist domestic abuse and sexual violence services",
      "value",
    );
    const listed = listAfter(inputs.seed(stated.seed), stated.line);
    const rows = spend(
      inputs,
      (r) =>
        r.section === "grants" && r.priority === "Victim Services" &&
        isListed(r.provider, listed.items),
      "victim services grants of the listed providers",
    );
    const others = spend(
      inputs,
      (r) => r.section === "grants" && r.priority === "Victim Services" && !rows.includes(r),
      "other victim services grants",
    );
    return {
      ...statedBy(stated),
      parts: rows,
      unit: "GBP",
      precision: "rounded",
      note: `Rows chosen: Table 1's grants (the MoJ money is a grant) for Victim Services whose ` +
        `provider is one of the ${listed.items.length} listed on ${lineList(listed.lines)}: ` +
        `${rows.length} rows (${linesOf(rows)}), ${sumText(rows.map((r) => r.value))}. ` +
        `Left out: ${
          others.map((r) => `${r.project} (${r.provider}, ${linesOf([r])})`).join("; ")
        }, ` +
        'whose provider is not listed. Table 1 writes "Women\'s Aid Leicestershire" for the ' +
        `list's "Women's Aid Leicester". ` +
        (rows.every((r) => r.term === "Short")
          ? "All are short-term, the heading the paragraph sits under."
          : "Not all are short-term, though the paragraph sits under that heading."),
    };
  },
};

const saferStreetsRows: FindingDefinition = {
  id: "framework-safer-streets-5-rows",
  claim: "Safer Streets 5: three projects funded by the Home Office, the Safer Streets 5 rows of " +
    "Table 1",
  expected: "reproduced",
  datasets: ["commissioning_figures", "commissioning_spend"],
  check(inputs) {
    const stated = figure(inputs, "Safer Streets 5 projects", "count");
    const rows = spend(inputs, (r) => r.project?.startsWith("Safer Streets 5") === true, "SS5");
    return {
      ...statedBy(stated),
      computed: rows.length,
      unit: "count",
      precision: "exact",
      note: `Table 1 rows named "Safer Streets 5 …" (${linesOf(rows)}): ` +
        `${rows.map((r) => r.project).join(", ")}.`,
    };
  },
};

const immediateJustice: FindingDefinition = {
  id: "framework-immediate-justice-funding",
  claim: 'Immediate Justice: Home Office "funding is expected to be £500,000"',
  expected: "not-computable",
  datasets: ["commissioning_figures", "commissioning_spend"],
  check(inputs) {
    const stated = figure(inputs, "Immediate Justice programme", "funding");
    const rows = inputs.rows("commissioning_spend")
      .filter((r) => r.project?.includes("Immediate Justice") === true);
    return {
      ...statedBy(stated),
      ...(rows.length === 0
        ? {
          computed: null,
          reason: "Table 1 has no Immediate Justice row and no other document gives its funding",
        }
        : { parts: rows }),
      unit: "GBP",
      precision: "rounded",
      note: "An expected Home Office grant for September 2024 to March 2025, described under " +
        '"Additional information", outside Table 1\'s 24/25 spend.',
    };
  },
};

/** The findings on prose figures that restate rows of Table 1. */
export const FRAMEWORK_RESTATED: readonly FindingDefinition[] = [
  restatesRow(
    "framework-victim-pathway-per-annum",
    "Victim Pathway Service: £80,000 per annum top sliced from the victim services budget",
    "Victim Pathway Service",
    "budget",
    (p) => p === "Victim Pathway Service",
  ),
  restatesRow(
    "framework-commissioners-safety-fund-per-annum",
    "Commissioners Safety Fund: the current spend is £400,000 per annum",
    "Commissioners Safety Fund",
    "spend",
    (p) => p === "Commissioners Safety Fund",
  ),
  restatesRow(
    "framework-da-perpetrator-annual-cost",
    "DA Perpetrator Programme (Jenkins Centre): annual cost £372,000",
    "DA Perpetrator Programme (Jenkins Centre)",
    "cost",
    (p) => p.startsWith("DA Perpetrator Programme"),
  ),
  mojGrants,
  saferStreetsRows,
  immediateJustice,
];
