// Private to tests/ingest: the answer key on the five seed documents, made from data/ (the
// figures the hand-written extractors read, with their period) and, for what each is about, the
// words a reader would accept in its label, by dataset. Where a dataset's own columns do not say
// it in words (commissioning_figures, nottinghamshire_funding), the words were read from the
// line cited and are listed here.
import { load } from "../../lib/data/mod.ts";
import { datasetNames } from "../../lib/datasets/mod.ts";
import type { FigureUnit } from "../../lib/ingest/mod.ts";
import type { Expected, ExpectedPeriod, LabelTerms } from "./_scoring.ts";

type Row = Record<string, unknown>;

const SERVICES: Record<string, string[]> = {
  "CYPFS": ["CYPFS"],
  "Children's Social Care": ["Children's Social Care"],
  "Support & Information Service": ["Support & Information"],
  "SafeLives Insights": ["SafeLives"],
};

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";
const NOTTS = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";

/** Words read from the cited line (seed:line:value) for datasets that keep them as prose. */
const READ: Record<string, LabelTerms> = {
  [`${FRAMEWORK}:7:2`]: [["strands"]],
  [`${FRAMEWORK}:12:4`]: [["categories"]],
  [`${FRAMEWORK}:33:5`]: [["Victim First"], ["contract"]],
  // Line 37 continues line 36's paragraph on the Victim Pathway Service.
  [`${FRAMEWORK}:37:80000`]: [["Victim Pathway", "enhanced service"]],
  [`${FRAMEWORK}:65:3`]: [["DTOA", "Drug Test on Arrest"]],
  [`${FRAMEWORK}:81:9`]: [["Community Safety Partnerships", "CSPs"]],
  [`${FRAMEWORK}:81:639675`]: [["Community Safety Partnerships"]],
  [`${FRAMEWORK}:83:400000`]: [["Commissioners Safety Fund"]],
  [`${FRAMEWORK}:85:20000`]: [["Commissioners Safety Fund"]],
  // "The PCC received an MoJ grant … these grants … account for £435,000"
  [`${FRAMEWORK}:93:435000`]: [["MoJ grant", "domestic abuse and sexual violence services"]],
  [`${FRAMEWORK}:106:372000`]: [["Perpetrator", "Jenkins Centre"]],
  [`${FRAMEWORK}:108:3`]: [["Out of Court", "OOCR"]],
  [`${FRAMEWORK}:126:3`]: [["Safer Streets"]],
  [`${FRAMEWORK}:140:500000`]: [["Immediate Justice"]],
  [`${NOTTS}:64:411834`]: [["Victim Support"]],
  [`${NOTTS}:65:800000`]: [["domestic violence"]],
  [`${NOTTS}:66:230000`]: [["sexual violence"]],
};

const MEASURES: Record<string, string[]> = {
  opcc_contribution: ["contribution"],
  under18_referrals: ["referred", "referrals"],
  funding: ["funding"],
  referrals: ["referrals"],
  service_users: ["service users"],
  dsv_commissioning_budget: ["budget for domestic abuse and sexual violence"],
  cyp_service_contract_value: ["children, young people, and family service"],
  cyp_share: ["share"],
};

function labelTerms(dataset: string, row: Row): LabelTerms {
  const text = (key: string) => String(row[key]);
  switch (dataset) {
    case "paediatric_sarc":
    case "asb_support":
    case "council_dsv_budget":
      return [MEASURES[text("measure")]];
    case "victim_first_under18":
      return [["Victim First"], MEASURES[text("measure")]];
    case "victim_first_contract":
      return [row.period === null ? ["total"] : [text("period")]];
    case "child_victims":
      return [[text("category")], SERVICES[text("service")]];
    case "child_victims_age":
      return [[`Age ${text("age_label")}`], SERVICES[text("service")]];
    case "child_victims_sex":
      return [[text("sex")], SERVICES[text("service")]];
    case "child_victims_ethnicity":
      return [[text("ethnicity")], SERVICES[text("service")]];
    case "commissioning_spend":
      return [row.project === null ? ["total"] : [text("project")]];
  }
  const read = READ[`${row.seed}:${row.line}:${row.value}`];
  if (read === undefined) throw new Error(`No label words for ${dataset} ${row.seed}:${row.line}`);
  return read;
}

function periodOf(row: Row): ExpectedPeriod | null {
  const period: ExpectedPeriod = {};
  if (row.financial_year) period.financial_year = String(row.financial_year);
  if ("quarter" in row) period.quarter = (row.quarter as string | null) ?? null;
  if (row.period_start) period.start = String(row.period_start);
  if (row.period_end) period.end = String(row.period_end);
  if (typeof row.per_annum === "boolean") period.per_annum = row.per_annum;
  return Object.keys(period).length === 0 ? null : period;
}

/** Every figure with a value in data/, with the words its label needs and its period. */
export async function seedAnswers(): Promise<Expected[]> {
  const key: Expected[] = [];
  for (const name of datasetNames()) {
    const table = await load(name, { stated: true });
    if (!table.columnNames().includes("value")) continue;
    for (const row of table.objects() as Row[]) {
      if (row.value === null) continue;
      key.push({
        source: String(row.seed),
        line: Number(row.line),
        value: Number(row.value),
        unit: row.unit as FigureUnit,
        label: labelTerms(name, row),
        period: periodOf(row),
      });
    }
  }
  return key;
}
