// What to read from the Commissioning Framework's contract and funding terms. Each pattern
// anchors on the document's own words; the named groups carry the values (`provider`, `start`,
// `ends`, `extendable`, `years`, `source`), so every term is read from the text.

/** A contract or funding term stated in the prose. */
export interface TermSpec {
  service: string;
  /** The term's line: the row cites it. */
  pattern: RegExp;
  /**
   * Where the document names a value on another line (a provider, a funding source): a pattern
   * for that line, whose named groups fill what `pattern` leaves out.
   */
  also?: RegExp;
}

const MONTH = String.raw`\w+ \d{4}`;

export const TERMS: readonly TermSpec[] = [
  {
    service: "Victim First",
    pattern: new RegExp(
      String
        .raw`provided by (?<provider>[^.]+?) and was recommissioned in \d{4} with a start date ` +
        String
          .raw`of (?<start>\d{2}/\d{2}/\d{4})\. The contract is commissioned for (?<years>\d+) years`,
    ),
  },
  {
    service: "Victim Pathway Service",
    pattern:
      /run alongside the main contract\. Both services are funded through the (?<source>MoJ Victims Grant)/,
  },
  {
    service: "Adult SARC (Juniper Lodge)",
    pattern: new RegExp(`Adult SARC @ Juniper Lodge secured to (?<ends>${MONTH})`),
  },
  {
    service: "East Midlands Children's and Young Peoples SARC",
    pattern: new RegExp(`Children's and Young Peoples SARC committed to (?<ends>${MONTH})`),
  },
  {
    service: "Substance Misuse Services",
    pattern: new RegExp(
      `city and county councils to (?<ends>${MONTH}) with options to extend for one plus one ` +
        String
          .raw`years to (?<extendable>\d{4})\..*contracted (?<provider>Turning Point) as the provider`,
    ),
  },
  {
    service: "Bereaved by Suicide",
    pattern:
      /delivered by the (?<provider>Tomorrow Project), commissioned activity agreed to (?<ends>\d{4})/,
  },
  {
    service: "Helpline & Engagement Service",
    pattern: new RegExp(
      `Domestic Abuse support services provided by (?<provider>\\w+)\\. Contract runs to ` +
        `(?<ends>${MONTH}) with options to extend for a further 2 years to (?<extendable>\\d{4})` +
        `\\. Part of the success .* is dependent on additional (?<source>MoJ funding)`,
    ),
  },
  {
    service: "Sexual Violence & Abuse Service",
    pattern: new RegExp(
      `sexual violence and abuse provided by (?<provider>\\w+), works alongside the SARC ` +
        `delivery\\. Contract runs to (?<ends>${MONTH}) with options to extend for a further 2 ` +
        `years to (?<extendable>\\d{4})\\. Supplemented by (?<source>MoJ grant) funding`,
    ),
  },
  {
    service: "PAVE/OCCD/DTOA",
    pattern: new RegExp(
      `delivery provided by (?<provider>Turning Point)\\..*contracted to (?<ends>${MONTH})`,
    ),
  },
  {
    service: "Specialist domestic abuse and sexual violence services (MoJ grants)",
    pattern: new RegExp(
      `received an (?<source>MoJ grant) to support specialist domestic abuse and sexual ` +
        `violence services, these grants end (?<ends>${MONTH})`,
    ),
  },
  {
    service: "DA Perpetrator Programme (Jenkins Centre)",
    pattern: new RegExp(
      `DA Perpetrator Programme, provided by (?<provider>\\w+) through the Jenkins Centre, ` +
        `funded via (?<source>MoJ grant) to end (?<ends>${MONTH})`,
    ),
  },
  {
    service: "CARA (Conditional Cautioning and Relationship Abuse)",
    pattern: new RegExp(
      `CARA .* delivered by (?<provider>The Hampton Trust),.*Contracted to (?<ends>${MONTH}) ` +
        `with an option for a one-year extension to (?<extendable>${MONTH})`,
    ),
  },
  {
    service: "Women's OOCR Interventions",
    pattern: new RegExp(
      `Women's OOCR Interventions – delivered by (?<provider>New Dawn New Day),.*Contracted to ` +
        `(?<ends>${MONTH}) with an option for a one-year extension to (?<extendable>${MONTH})`,
    ),
  },
  {
    service: "Reflect, Young Male Adults Pathway",
    // The term wraps onto line 114; the provider is named on line 112.
    pattern: new RegExp(
      `Contracted to ${MONTH}, extending to (?<ends>${MONTH}) to tie in all OOCR`,
    ),
    also: /Reflect, Young Male Adults Pathway – delivered by (?<provider>\w+),/,
  },
  {
    service: "Warning Zone",
    pattern: new RegExp(
      `Warning Zone – schools activity centre.*Contracted to (?<ends>${MONTH}) with an option ` +
        `for a one-year extension to (?<extendable>${MONTH})`,
    ),
    // The prose names no provider; Table 1's row (line 185) does.
    also: /^Short\tPrevention\tWarning Zone\t(?<provider>[^\t]+)\t/,
  },
  {
    service: "Serious Violence Duty",
    pattern: new RegExp(`Serious Violence Duty – funded to (?<ends>${MONTH})`),
  },
  {
    service: "Neighbourhood Watch Co-ordinator",
    pattern: new RegExp(`Neighbourhood Watch Co-ordinator commissioned to (?<ends>${MONTH})`),
  },
  {
    service: "Safer Streets 5",
    pattern: new RegExp(`funding will cease as agreed (?<ends>${MONTH})`),
    // The funder is named with the projects (line 126), the end six lines below (line 132).
    also: /^Safer Streets 5 – Three projects funded by the (?<source>Home Office)/,
  },
  {
    service: "Immediate Justice programme",
    pattern: new RegExp(
      `receipt of (?<source>Home Office) funding to deliver an Immediate Justice programme from ` +
        `(?<start>${MONTH}) to (?<ends>${MONTH})`,
    ),
  },
];

/**
 * Words with which the document says there is no indication that funding continues past its end
 * (lines 93 and 106): a risk to the service.
 */
export const AT_RISK = /no indication that (?:the|this) funding will continue/i;

/**
 * Words with which the document says funding stops at its end as planned (lines 120 and 132):
 * no further funding, the project completed, the funding ceasing as agreed. Not a risk.
 */
export const ENDS_AS_PLANNED = /No further funding|funding will cease as agreed/i;
