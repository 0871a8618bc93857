// Private to tests/ingest: the answer key to the fixtures written for issue 12 (invented bodies
// and figures imitating the layouts and phrasings the issue lists), read by hand from each line.
import type { Expected, ExpectedPeriod, LabelTerms } from "./_scoring.ts";
import type { FigureUnit } from "../../lib/ingest/mod.ts";

/** The fixtures the key covers. */
export const MEANING_FIXTURES: readonly string[] = [
  "labels.txt",
  "periods.txt",
  "damaged_tables.txt",
  "counts.txt",
  "totals.txt",
  "letter_request.txt",
  "letter_email.txt",
  "letter_regards.txt",
];

function fy(financial_year: string, more: ExpectedPeriod = {}): ExpectedPeriod {
  return { financial_year, ...more };
}

function key(
  source: string,
  rows: [number, number | null, FigureUnit, LabelTerms, ExpectedPeriod | null][],
): Expected[] {
  return rows.map(([line, value, unit, label, period]) => ({
    source,
    line,
    value,
    unit,
    label,
    period,
  }));
}

const FY23 = fy("2023-24");

/** Every figure of the fixtures, with the words its label needs and its period. */
export const FIXTURE_ANSWERS: readonly Expected[] = [
  ...key("labels.txt", [
    // The heading on line 3 dates the grants below it.
    [5, 45000, "GBP", [["Brightwater Women's Refuge"]], FY23],
    [6, 12500, "GBP", [["Harbour Counselling"]], FY23],
    [7, 30000, "GBP", [["Oakfield Advocacy"]], FY23],
    [7, 8750, "GBP", [["Kestrel Youth Project"]], FY23],
    [8, 18200, "GBP", [["Northgate Victim Hub"]], FY23],
    [11, 9500, "GBP", [["Hillcrest Mentoring"]], FY23],
    [12, 4000, "GBP", [["Riverside Befriending"]], FY23],
    [13, 2250, "GBP", [["Elm Street Foodbank"]], FY23],
    // A provider running three services: each amount is its service's.
    [15, 40000, "GBP", [["Calder Helpline"]], FY23],
    [15, 120000, "GBP", [["Calder Refuge"]], FY23],
    [15, 35000, "GBP", [["Calder Outreach"]], FY23],
    [17, 15000, "GBP", [["Meadow House"], ["additional"]], FY23],
    [17, 60000, "GBP", [["Meadow House"], ["total"]], FY23],
    // "N% Group" pairs: the group follows its figure.
    [19, 12, "percent", [["under 18"]], FY23],
    [19, 34, "percent", [["18 to 24"]], FY23],
    [19, 54, "percent", [["25 and over"]], FY23],
    [20, 61, "percent", [["women"]], FY23],
    [20, 37, "percent", [["men"]], FY23],
    [20, 2, "percent", [["not recorded"]], FY23],
    [24, 3100, "GBP", [["Other spending"]], FY23],
  ]),
  ...key("periods.txt", [
    [3, 1204, "count", [["victims"]], fy("2022-23")],
    // The lead-in "In 2022/23" dates the paragraph's next sentence too.
    [3, 312, "count", [["referrals"]], fy("2022-23")],
    [4, 980, "count", [["cases"]], fy("2022-23")],
    [8, 145, "count", [["referrals"]], fy("2023-24")],
    [8, 61, "count", [["conference", "referrals"]], fy("2023-24")],
    [9, 4, "count", [["staff"]], fy("2023-24")],
    [13, 88, "count", [["victims"]], fy("2021-22")],
    [14, 52, "count", [["victims"]], fy("2021-22")],
    // "in both 2019-20 and 2020-21": one figure per year.
    [16, 1500, "count", [["calls"]], fy("2019-20")],
    [16, 1500, "count", [["calls"]], fy("2020-21")],
    // "each year from 2021/22 to 2023/24": one yearly figure per year.
    [17, 25000, "GBP", [["Sanctuary Scheme"]], fy("2021-22", { per_annum: true })],
    [17, 25000, "GBP", [["Sanctuary Scheme"]], fy("2022-23", { per_annum: true })],
    [17, 25000, "GBP", [["Sanctuary Scheme"]], fy("2023-24", { per_annum: true })],
    [19, 73, "count", [["clients"]], { start: "2023-04-01", end: "2023-06-30" }],
    [19, 260, "count", [["clients"]], { start: "2022-01-01", end: "2022-12-31" }],
    [20, 48000, "GBP", [["counselling contract"]], { per_annum: true }],
    [21, 77, "count", [["referrals"]], fy("2023-24", { quarter: "Q3" })],
    // The caption's year dates the quarters of the table below it.
    [26, 40, "count", [["Adults"]], fy("2023-24", { quarter: "Q1" })],
    [26, 38, "count", [["Adults"]], fy("2023-24", { quarter: "Q2" })],
    [26, 45, "count", [["Adults"]], fy("2023-24", { quarter: "Q3" })],
    [26, 41, "count", [["Adults"]], fy("2023-24", { quarter: "Q4" })],
    [27, 12, "count", [["Children"]], fy("2023-24", { quarter: "Q1" })],
    [27, 9, "count", [["Children"]], fy("2023-24", { quarter: "Q2" })],
    [27, 14, "count", [["Children"]], fy("2023-24", { quarter: "Q3" })],
    [27, 10, "count", [["Children"]], fy("2023-24", { quarter: "Q4" })],
    // A year written once above two columns (a merged cell exported to text) heads both.
    [31, 5000, "GBP", [["Hope Hub"], ["Spend"]], fy("2022-23")],
    [31, 40, "count", [["Hope Hub"], ["Clients"]], fy("2022-23")],
    [31, 6000, "GBP", [["Hope Hub"], ["Spend"]], fy("2023-24")],
    [31, 45, "count", [["Hope Hub"], ["Clients"]], fy("2023-24")],
  ]),
  ...key("damaged_tables.txt", [
    // Table 1, a pipe table one cell per line, in £000 (its caption).
    [7, 120000, "GBP", [["Hearth Refuge"]], fy("2022-23")],
    [8, 125000, "GBP", [["Hearth Refuge"]], fy("2023-24")],
    [10, 80000, "GBP", [["Lantern ISVA Service"]], fy("2022-23")],
    [11, 84000, "GBP", [["Lantern ISVA Service"]], fy("2023-24")],
    // Table 2, space-aligned, its row labels wrapped onto a second line.
    [16, 410, "count", [["Independent Sexual Violence Advisers"]], fy("2022-23")],
    [16, 455, "count", [["Independent Sexual Violence Advisers"]], fy("2023-24")],
    [18, 95, "count", [["Children's Therapeutic Support"]], fy("2022-23")],
    [18, null, "count", [["Children's Therapeutic Support"]], fy("2023-24")],
    [20, 62, "count", [["Stalking Advocacy"]], fy("2022-23")],
    [20, null, "count", [["Stalking Advocacy"]], fy("2023-24")],
    // Table 3, one cell per paragraph.
    [32, 6, "count", [["Outreach"]], fy("2022-23")],
    [34, 7, "count", [["Outreach"]], fy("2023-24")],
    [38, 4, "count", [["Helpline"]], fy("2022-23")],
    [40, 5, "count", [["Helpline"]], fy("2023-24")],
    // Table 4: "£million" once, top left; "2022-233" is 2022-23 with note 3.
    [45, 1200000, "GBP", [["Core grant"]], fy("2022-23")],
    [45, 1400000, "GBP", [["Core grant"]], fy("2023-24")],
    [46, 300000, "GBP", [["Extra grant"]], fy("2022-23")],
    [46, 200000, "GBP", [["Extra grant"]], fy("2023-24")],
  ]),
  ...key("counts.txt", [
    [3, 6480, "count", [["received"]], FY23],
    [3, 4321, "count", [["supported"]], FY23],
    [3, 987, "count", [["domestic abuse"]], FY23],
    [4, 61, "count", [["referrals"]], FY23],
    [5, 240, "count", [["attended", "drop-in"]], FY23],
    [6, 1040, "count", [["victims"]], FY23],
    [6, 312, "count", [["under 18"]], FY23],
    [6, 30, "percent", [["under 18"]], FY23],
    [6, 728, "count", [["adults"]], FY23],
    [6, 70, "percent", [["adults"]], FY23],
    [7, 512, "count", [["resolved"]], FY23],
    [7, 64, "percent", [["resolved"]], FY23],
    [7, 288, "count", [["referred"]], FY23],
    [7, 36, "percent", [["referred"]], FY23],
  ]),
  ...key("totals.txt", [
    [3, 120000, "GBP", [["advocacy"]], FY23],
    [3, 70000, "GBP", [["Kite Advocacy"]], FY23],
    [3, 50000, "GBP", [["Willow ISVA"]], FY23],
    [4, 95000, "GBP", [["combined budget"]], FY23],
    [4, 60000, "GBP", [["PCC"]], FY23],
    [4, 35000, "GBP", [["council"]], FY23],
    [7, 12000, "GBP", [["Rowan House"]], FY23],
    [8, 8000, "GBP", [["Aspen Trust"]], FY23],
    [9, 20000, "GBP", [["Sum"]], FY23],
    [15, 2400000, "GBP", [["victim services"]], FY23],
  ]),
  ...key("letter_request.txt", [
    [10, 1234567, "GBP", [["Victims Grant"]], fy("2022-23")],
  ]),
  ...key("letter_email.txt", [
    [9, 86400, "GBP", [["helpline"]], FY23],
  ]),
  ...key("letter_regards.txt", [
    [7, 12500, "GBP", [["Harbour Counselling"]], FY23],
  ]),
];

/**
 * The key to heldout_reply.txt, a reply written after the reader's rules for issue 12 were, and
 * keyed before it was first read: its score says how the rules carry to text they were not
 * written for.
 */
export const HELDOUT_ANSWERS: readonly Expected[] = key("heldout_reply.txt", [
  [12, 1850000, "GBP", [["victim services"]], fy("2023-24")],
  [12, 640000, "GBP", [["Tidewater"]], fy("2023-24")],
  [12, 210000, "GBP", [["Marsh Lane"]], fy("2023-24")],
  [12, 95000, "GBP", [["adults"]], fy("2023-24")],
  [12, 115000, "GBP", [["children"]], fy("2023-24")],
  [16, 3412, "count", [["victims", "Tidewater"]], fy("2023-24")],
  [16, 2980, "count", [["victims", "Tidewater"]], fy("2022-23")],
  [16, 1105, "count", [["repeat victims"]], fy("2023-24")],
  [16, 32, "percent", [["repeat victims"]], fy("2023-24")],
  [21, 2240, "count", [["Police"]], fy("2023-24")],
  [22, 611, "count", [["Self-referral"]], fy("2023-24")],
  [23, 361, "count", [["Other agencies"]], fy("2023-24")],
  [24, 3212, "count", [["Total"]], fy("2023-24")],
  [28, 1900000, "GBP", [["budget"]], fy("2024-25")],
  [28, 1400000, "GBP", [["Ministry of Justice"]], fy("2024-25")],
  [28, 500000, "GBP", [["Commissioner's", "own funds"]], fy("2024-25")],
]);
