import type { DatasetRowLists } from "../datasets/registry.ts";
import type { ChildVictimsRow } from "../datasets/child_victims.ts";
import type { ChildVictimsAgeRow } from "../datasets/child_victims_age.ts";
import type { ChildVictimsEthnicityRow } from "../datasets/child_victims_ethnicity.ts";
import type { ChildVictimsSexRow } from "../datasets/child_victims_sex.ts";
import type { CouncilDsvBudgetRow } from "../datasets/council_dsv_budget.ts";
import { parseFinancialYear } from "../parse/financial_year.ts";
import { cellGroups, countRecords } from "./_cell_lines.ts";
import { SourceDocument } from "./_document.ts";

/** What Leicester City Council's FOI response on child victims yields. */
export type LeicesterFoi202021 = DatasetRowLists<
  | "child_victims"
  | "council_dsv_budget"
  | "child_victims_age"
  | "child_victims_sex"
  | "child_victims_ethnicity"
>;

type Service = ChildVictimsRow["service"];

/** The short service name a data source or column header (on `line`) refers to. */
function serviceOf(doc: SourceDocument, text: string, line: number): Service {
  if (/CYPFS/.test(text)) return "CYPFS";
  if (/Support & Information/.test(text)) return "Support & Information Service";
  if (/Children.s Social Care/.test(text)) return "Children's Social Care";
  if (/SafeLives|Safe Lives/.test(text)) return "SafeLives Insights";
  throw doc.error(`cannot tell which service "${text}" on line ${line} refers to`);
}

/**
 * Extracts Leicester City Council's FOI/EIR response on child victims of abuse, 2020-21: the counts
 * by data source (questions A-C), the domestic and sexual violence budget and the children's
 * share, and the age, sex and ethnicity breakdowns.
 *
 * @param seed The seed file's name, for provenance.
 * @param text The document's text.
 * @returns The rows of each dataset, in document order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractLeicesterFoi202021 } from "./mod.ts";
 * const seed = "leicester_council_foi_child_victims_2020_21.txt";
 * const text = await Deno.readTextFile(new URL(`../../seeds/${seed}`, import.meta.url));
 * const { child_victims } = extractLeicesterFoi202021(seed, text);
 * assert.deepEqual(child_victims.map((r) => r.value), [67, 91, 199, 356, 204, 258, 1171, 164, 2]);
 * ```
 */
export function extractLeicesterFoi202021(seed: string, text: string): LeicesterFoi202021 {
  const doc = new SourceDocument(seed, text);
  const year = parseFinancialYear(doc.find(/financial year of (\d{4}-\d{4})/).match[1]).label;
  const breakdowns = characteristics(doc, year);
  return {
    child_victims: counts(doc, year),
    council_dsv_budget: budget(doc),
    child_victims_age: breakdowns.age,
    child_victims_sex: breakdowns.sex,
    child_victims_ethnicity: breakdowns.ethnicity,
  };
}

function counts(doc: SourceDocument, year: string): ChildVictimsRow[] {
  const footnote = doc.find(/^\uFFFD\s*(Insights data .*)$/);
  const end = doc.find(/^2\) /).line - 1;
  const rows: ChildVictimsRow[] = [];
  for (const question of ["A", "B", "C"] as const) {
    const start = doc.find(new RegExp(`^${question}$`)).line;
    const category = doc.text(start + 1).trim();
    const next = question === "C" ? end : doc.find(/^[A-C]$/, start + 1).line - 1;
    for (const record of countRecords(doc.lines, start + 2, next)) {
      const [count, source, owner = null] = record.cells;
      const ownerLine = owner === null ? null : record.lines[2];
      const notes = record.notes.map((n) => n.text).filter((t) => !/^Note for all figures/.test(t));
      if (/Insights/.test(source)) notes.push(footnote.match[1]);
      rows.push({
        service: serviceOf(doc, source, record.lines[1] ?? record.lines[0]),
        financial_year: year,
        question,
        category,
        data_source: source,
        data_owner: owner,
        data_owner_line: ownerLine,
        note: notes.length > 0 ? notes.join(" ") : null,
        ...doc.figure(count, "count", record.lines[0]),
      });
    }
  }
  return rows;
}

function budget(doc: SourceDocument): CouncilDsvBudgetRow[] {
  const total = doc.find(
    /^(.*budget for domestic abuse and sexual violence commissioning) was (£\d[\d,]*\d) (\d{4}-\d{4})/,
  );
  const share = doc.find(
    /^(£\d[\d,]*\d) was the (\d{4}-\d{2}) contract value for the (.*?), which represents (roughly \d+%) of the annual budget/,
  );
  const year = parseFinancialYear(total.match[3]).label;
  const service = share.match[3];
  return [
    {
      financial_year: year,
      measure: "dsv_commissioning_budget",
      subject: total.match[1],
      ...doc.figure(total.match[2], "GBP", total.line),
    },
    {
      financial_year: parseFinancialYear(share.match[2]).label,
      measure: "cyp_service_contract_value",
      subject: service,
      ...doc.figure(share.match[1], "GBP", share.line),
    },
    {
      financial_year: parseFinancialYear(share.match[2]).label,
      measure: "cyp_share",
      subject: `${service}: share of the annual budget`,
      ...doc.figure(share.match[4], "percent", share.line, "percentage"),
    },
  ];
}

interface Breakdowns {
  age: ChildVictimsAgeRow[];
  sex: ChildVictimsSexRow[];
  ethnicity: ChildVictimsEthnicityRow[];
}

function characteristics(doc: SourceDocument, year: string): Breakdowns {
  const from = doc.find(/^Protected characteristics \(age, sex, and ethnicity\)/).line + 1;
  const to = doc.find(/^2C\)/, from).line - 1;
  const out: Breakdowns = { age: [], sex: [], ethnicity: [] };
  let headers: string[] = [];
  let headerLines: number[] = [];
  let dimension: keyof Breakdowns = "age";
  for (const group of cellGroups(doc.lines, from, to)) {
    const first = group.cells[0];
    if (/^(Age|Sex|Ethnicity)$/.test(first)) {
      dimension = first.toLowerCase() as keyof Breakdowns;
      headers = group.cells.slice(1);
      headerLines = group.lines.slice(1);
      continue;
    }
    if (group.cells.length !== headers.length + 1) {
      throw doc.error(
        `the ${dimension} row on line ${group.lines[0]} has ${group.cells.length - 1} values ` +
          `for ${headers.length} columns`,
      );
    }
    headers.forEach((header, i) => {
      const base = {
        financial_year: year,
        service: serviceOf(doc, header, headerLines[i]),
        source_header: header,
        ...doc.figure(group.cells[i + 1], "count", group.lines[i + 1]),
      };
      if (dimension === "age") {
        const age = first === "Under 1" ? 0 : Number(first);
        if (!Number.isInteger(age)) {
          throw doc.error(`cannot read age "${first}" on line ${group.lines[0]}`);
        }
        out.age.push({ ...base, age_label: first, age });
      } else if (dimension === "sex") {
        out.sex.push({ ...base, sex: first });
      } else {
        out.ethnicity.push({ ...base, ethnicity: first });
      }
    });
  }
  return out;
}
