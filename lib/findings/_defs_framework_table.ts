// LLR OPCC Commissioning Framework 2024-25, Table 1: its two totals, and the prose figures that
// restate rows of it.
import type { DatasetRows } from "../datasets/registry.ts";
import type { FindingDefinition, FindingInputs } from "./finding.ts";
import { reconcile } from "../analysis/reconcile.ts";
import { linesOf, only, some, sourceOf, statedBy, summed } from "./_select.ts";
import { findLine } from "./_seed_text.ts";
import { tableOf } from "./_table.ts";

type Spend = DatasetRows["commissioning_spend"];
type Figure = DatasetRows["commissioning_figures"];

function figure(inputs: FindingInputs, subject: string, measure: string): Figure {
  return only(
    inputs.rows("commissioning_figures").filter((r) =>
      r.subject === subject && r.measure === measure
    ),
    `${subject}: ${measure}`,
  );
}

function spend(
  inputs: FindingInputs,
  keep: (row: Spend) => boolean,
  what: string,
): readonly Spend[] {
  return some(
    inputs.rows("commissioning_spend").filter((r) => r.role === "observation" && keep(r)),
    what,
  );
}

function csps(inputs: FindingInputs): readonly Spend[] {
  return spend(inputs, (r) => r.project?.startsWith("CSP - ") === true, "CSP rows");
}

function tableTotal(section: "commissioned" | "grants"): FindingDefinition {
  return {
    id: `framework-table-1-total-${section}`,
    claim:
      `Table 1's TOTAL of 24/25 spend on ${
        section === "commissioned" ? "commissioned services" : "grants"
      } ` +
      "equals the sum of its rows",
    expected: "reproduced",
    datasets: ["commissioning_spend"],
    check(inputs) {
      const total = only(
        inputs.rows("commissioning_spend").filter((r) =>
          r.section === section && r.role === "total"
        ),
        `${section} total`,
      );
      const rows = spend(inputs, (r) => r.section === section, `${section} rows`);
      // reconcile() adds up the rows with a figure, as the document's own TOTAL evidently does.
      const checked = reconcile(tableOf(inputs, "commissioning_spend"), { by: ["section"] })
        .params({ section }).filter((d, $) => d.section === $.section).object(0);
      const empty = rows.filter((r) => r.value === null);
      return {
        source: sourceOf(total),
        stated: checked.stated,
        computed: checked.computed,
        reason: checked.missing_reason ?? undefined,
        unit: "GBP",
        precision: "exact",
        note: `Sum of the ${rows.length - empty.length} rows with a figure ` +
          `(${linesOf(rows.filter((r) => r.value !== null))}).` +
          (empty.length === 0 ? "" : ` ${empty.length} rows have an empty spend cell ` +
            `(${empty.map((r) => `${r.project}, ${r.provider}`).join("; ")}; ${linesOf(empty)}) ` +
            "and are left out: the TOTAL reproduces without them, so it adds nothing for them. " +
            "That does not make them nil: the document gives no amount, and " +
            blankNote(inputs, empty) + "."),
      };
    },
  };
}

/** What the document says elsewhere about rows whose spend is blank (the safeguarding boards). */
function blankNote(inputs: FindingInputs, empty: readonly Spend[]): string {
  const boards = empty.every((r) => /Safeguarding Board/.test(r.project ?? ""));
  if (!boards) return "whether they are nil it does not say";
  const { line } = findLine(inputs, empty[0].seed, /^- Children and Adults Safeguarding Boards/);
  return `line ${line} lists the Children and Adults Safeguarding Boards among the partnerships ` +
    "the OPCC contributes to, so the blank is an amount not given";
}

const cspSpend: FindingDefinition = {
  id: "framework-csp-spend",
  claim:
    'Community Safety Partnerships: "Year 24-25 spend is £639,675", the nine CSP rows of Table 1',
  expected: "discrepancy",
  datasets: ["commissioning_figures", "commissioning_spend"],
  check(inputs) {
    const stated = figure(inputs, "Community Safety Partnerships", "spend");
    const parts = csps(inputs);
    return {
      ...statedBy(stated),
      parts,
      unit: "GBP",
      precision: "rounded",
      note: `Sum of the CSP rows of Table 1 ${summed(parts)}. ` +
        "The prose figure is given to the pound, so whole pounds must agree.",
    };
  },
};

const cspCount: FindingDefinition = {
  id: "framework-csp-count",
  claim: "The PCC convenes nine CSPs across LLR: Table 1 funds one row per CSP",
  expected: "reproduced",
  datasets: ["commissioning_figures", "commissioning_spend"],
  check(inputs) {
    const stated = figure(inputs, "Community Safety Partnerships convened across LLR", "count");
    const rows = csps(inputs);
    return {
      ...statedBy(stated),
      computed: rows.length,
      unit: "count",
      precision: "exact",
      note: `CSP rows of Table 1 (${linesOf(rows)}): ` +
        `${rows.map((r) => r.project?.replace(/^CSP - | PLF$/g, "")).join(", ")}: the city, ` +
        "Rutland and the county's districts, as the line says.",
    };
  },
};

function cspExtreme(which: "highest" | "lowest"): FindingDefinition {
  const who = which === "highest" ? "Leicester City" : "Rutland";
  return {
    id: `framework-csp-${which}`,
    claim:
      `CSP funding: ${
        which === "highest" ? "the city receives the highest" : "Rutland the lowest"
      } ` +
      "proportion (its Table 1 row is the " + (which === "highest" ? "largest" : "smallest") +
      " CSP row)",
    expected: "reproduced",
    datasets: ["commissioning_figures", "commissioning_spend"],
    check(inputs) {
      const rows = csps(inputs);
      const own = only(rows.filter((r) => r.project === `CSP - ${who} PLF`), `CSP - ${who} PLF`);
      const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
      return {
        source: sourceOf(figure(inputs, "Community Safety Partnerships", "spend")),
        stated: own.value,
        computed: which === "highest" ? Math.max(...values) : Math.min(...values),
        unit: "GBP",
        precision: "exact",
        note: `Stated: the ${who} row (${linesOf([own])}), which the line ranks ${which}. ` +
          `Computed: the ${
            which === "highest" ? "largest" : "smallest"
          } of the ${rows.length} CSP ` +
          `rows (${linesOf(rows)}). Equal means the ranking holds.`,
      };
    },
  };
}

export { figure, spend };

/** The findings on Table 1's totals and the CSP figures. */
export const FRAMEWORK_TABLE: readonly FindingDefinition[] = [
  tableTotal("commissioned"),
  tableTotal("grants"),
  cspSpend,
  cspCount,
  cspExtreme("highest"),
  cspExtreme("lowest"),
];
