// Private to tests/ingest: the reviewed lists that precision on the five documents is measured
// against, besides the figures in data/. Each entry was checked by reading the line it cites.

/** A figure `ingest()` may extract that is correct but not in data/ (data/ keeps contract terms
 * as dates in contract_terms.csv, without a value column). */
export interface ReviewedFigure {
  seed: string;
  line: number;
  value: number;
  unit: "years" | "months";
  /** The words on the line that state it. */
  text: string;
}

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";
const ASB = "llr_opcc_foi_0017_24_asb_support.txt";
const UNDER18 = "llr_opcc_foi_0004_24_under18_services.txt";
const LEICESTER = "leicester_council_foi_child_victims_2020_21.txt";
const NOTTS = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";

/** Correct figures not in data/: lengths of contracts, extensions and funding. */
export const REVIEWED_FIGURES: readonly ReviewedFigure[] = [
  { seed: ASB, line: 38, value: 3, unit: "years", text: "is for a period of 3 years" },
  {
    seed: ASB,
    line: 38,
    value: 12,
    unit: "months",
    text: "two periods of up to 12 months",
  },
  {
    seed: FRAMEWORK,
    line: 17,
    value: 12,
    unit: "months",
    text: "funded for a 12-month period",
  },
  {
    seed: FRAMEWORK,
    line: 57,
    value: 2,
    unit: "years",
    text: "options to extend for a further 2 years to 2027",
  },
  {
    seed: FRAMEWORK,
    line: 61,
    value: 2,
    unit: "years",
    text: "options to extend for a further 2 years to 2027",
  },
  { seed: FRAMEWORK, line: 110, value: 1, unit: "years", text: "a one-year extension" },
  { seed: FRAMEWORK, line: 111, value: 1, unit: "years", text: "a one-year extension" },
  { seed: FRAMEWORK, line: 118, value: 1, unit: "years", text: "a one-year extension" },
];

/** Numbers that are not figures: a reader must not extract them as money, counts or percents. */
export interface NotAFigure {
  seed: string;
  line: number;
  value: number;
  /** The words on the line, and why the number is not a figure. */
  why: string;
}

/** Dates, references, phone numbers, postcodes, ages and section numbers in the documents. */
export const NOT_FIGURES: readonly NotAFigure[] = [
  { seed: ASB, line: 10, value: 17, why: '"Our ref: 0017/24": a reference' },
  { seed: ASB, line: 10, value: 24, why: '"Our ref: 0017/24": a reference' },
  { seed: ASB, line: 12, value: 2024, why: '"Date: 19 November 2024": a year' },
  { seed: ASB, line: 12, value: 19, why: '"19 November 2024": a day of the month' },
  { seed: ASB, line: 38, value: 1, why: '"1st April 2024": a date' },
  { seed: ASB, line: 59, value: 1, why: '"sections 1 and 11": section numbers' },
  { seed: ASB, line: 59, value: 11, why: '"sections 1 and 11": section numbers' },
  { seed: ASB, line: 59, value: 2000, why: '"Freedom of Information Act 2000": a year' },
  { seed: ASB, line: 61, value: 19, why: '"Leicester LE19 2BX": a postcode' },
  { seed: ASB, line: 61, value: 2, why: '"Leicester LE19 2BX": a postcode' },
  { seed: UNDER18, line: 30, value: 18, why: '"under the age of 18": an age' },
  { seed: UNDER18, line: 88, value: 11, why: '"sections 1 and 11": section numbers' },
  { seed: UNDER18, line: 92, value: 1988, why: '"Patents Act 1988": a year' },
  { seed: LEICESTER, line: 7, value: 1, why: '"1) Between the financial year": a list marker' },
  { seed: LEICESTER, line: 213, value: 17.1, why: '"Section 17.1": a section number' },
  { seed: LEICESTER, line: 213, value: 17, why: '"Section 17.1": a section number' },
  { seed: LEICESTER, line: 213, value: 1.1, why: '"Section 1.1": a section number' },
  { seed: LEICESTER, line: 221, value: 2021, why: '"needs assessment (latest 2021)": a year' },
  { seed: FRAMEWORK, line: 33, value: 1, why: '"3 plus 1 and 4 plus 1 contract breaks"' },
  { seed: FRAMEWORK, line: 33, value: 4, why: '"3 plus 1 and 4 plus 1 contract breaks"' },
  { seed: FRAMEWORK, line: 33, value: 2024, why: '"a start date of 01/04/2024": a date' },
  { seed: FRAMEWORK, line: 112, value: 18, why: '"aged between 18 and 25": an age' },
  { seed: FRAMEWORK, line: 112, value: 25, why: '"aged between 18 and 25": an age' },
  { seed: FRAMEWORK, line: 118, value: 6, why: '"delivered to Year 6 cohorts": a school year' },
  { seed: FRAMEWORK, line: 126, value: 5, why: '"Safer Streets 5": a programme\'s name' },
  { seed: FRAMEWORK, line: 130, value: 25, why: '"Under 25s": an age group' },
  { seed: FRAMEWORK, line: 184, value: 17, why: '"U17 Drivers Pathfinder Ltd": a name' },
  { seed: NOTTS, line: 3, value: 2838, why: '"Our Ref: 2838/15": a reference' },
  { seed: NOTTS, line: 27, value: 1, why: '"Under S 1 (1) (a)": a section number' },
  { seed: NOTTS, line: 46, value: 2013, why: '"the 2013 Code of Practice": a year' },
  { seed: NOTTS, line: 70, value: 115, why: '"telephone number 0115 8445998": a phone number' },
  { seed: NOTTS, line: 70, value: 8445998, why: '"0115 8445998": a phone number' },
];
