// What to read from the Commissioning Framework's prose figures. Each pattern anchors on the
// document's own words; the named groups carry the values (`value`, `year`, `qualifier`), so every
// figure is read from the text.

/** A figure stated in the prose. */
export interface NarrativeSpec {
  subject: string;
  measure: string;
  unit: "GBP" | "count" | "years";
  pattern: RegExp;
  perAnnum?: boolean;
}

export const NARRATIVE_FIGURES: readonly NarrativeSpec[] = [
  {
    subject: "Strands of commissioning within the OPCC",
    measure: "count",
    unit: "count",
    pattern: /takes (?<value>two) major strands/,
  },
  {
    subject: "Categories of services in the commissioning cycle",
    measure: "count",
    unit: "count",
    pattern: /fall into (?<value>four) categories/,
  },
  {
    subject: "Victim First contract",
    measure: "contract length",
    unit: "years",
    pattern: /contract is commissioned for (?<value>\d+) years/,
  },
  {
    subject: "Victim Pathway Service",
    measure: "budget",
    unit: "GBP",
    pattern: /(?<value>£\d[\d,]*\d) per annum was top sliced/,
    perAnnum: true,
  },
  {
    subject: "Drug Test on Arrest (DTOA) project",
    measure: "project length",
    unit: "years",
    pattern: /complete the (?<value>three) year project in (?<year>Year \d{2}-\d{2})/,
  },
  {
    subject: "Community Safety Partnerships convened across LLR",
    measure: "count",
    unit: "count",
    pattern: /convenes (?<value>nine) CSPs/,
  },
  {
    subject: "Community Safety Partnerships",
    measure: "spend",
    unit: "GBP",
    pattern: /(?<year>Year \d{2}-\d{2}) spend is (?<value>£\d[\d,]*\d)/,
  },
  {
    subject: "Commissioners Safety Fund",
    measure: "spend",
    unit: "GBP",
    pattern: /the current spend is (?<value>£\d[\d,]*\d) per annum/,
    perAnnum: true,
  },
  {
    subject: "Commissioners Safety Fund grants",
    measure: "grant size",
    unit: "GBP",
    pattern: /(?<qualifier>usually) allocated in amounts (?<value>less than £\d[\d,]*\d)/,
  },
  {
    subject: "MoJ grants for specialist domestic abuse and sexual violence services",
    measure: "value",
    unit: "GBP",
    pattern: /(?<qualifier>account for) (?<value>£\d[\d,]*\d) value of specialist delivery/,
  },
  {
    subject: "DA Perpetrator Programme (Jenkins Centre)",
    measure: "cost",
    unit: "GBP",
    pattern: /Annual cost (?<value>£\d[\d,]*\d)/,
    perAnnum: true,
  },
  {
    subject: "Out of Court Resolution activities commissioned",
    measure: "count",
    unit: "count",
    pattern: /commissions (?<value>three) OOCR activities/,
  },
  {
    subject: "Safer Streets 5 projects",
    measure: "count",
    unit: "count",
    pattern: /Safer Streets 5 – (?<value>Three) projects funded/,
  },
  {
    subject: "Immediate Justice programme",
    measure: "funding",
    unit: "GBP",
    pattern: /funding is (?<qualifier>expected) to be (?<value>£\d[\d,]*\d)/,
  },
];
