import assert from "node:assert/strict";
import { runFindings } from "../../lib/findings/mod.ts";
import { expectFinding } from "./_expect.ts";

const FOI_0004 = "llr_opcc_foi_0004_24_under18_services.txt";
const FOI_0017 = "llr_opcc_foi_0017_24_asb_support.txt";
const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";
const LEICESTER = "leicester_council_foi_child_victims_2020_21.txt";
const NOTTS = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";

const findings = await runFindings();

Deno.test("runFindings() reproduces FOI 0004-24's Victim First annual referrals from the quarters", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 79: 2021/2022 1351 | 352 284 331 384
  expectFinding(findings, "foi-0004-24-victim-first-referrals-2021-22", FOI_0004, {
    line: 79,
    stated: 1351,
    computed: 352 + 284 + 331 + 384,
    unit: "count",
    tolerance: 0,
    status: "reproduced",
  });
  // line 80: 2022/2023 1795 | 510 448 422 415
  expectFinding(findings, "foi-0004-24-victim-first-referrals-2022-23", FOI_0004, {
    line: 80,
    stated: 1795,
    computed: 510 + 448 + 422 + 415,
    unit: "count",
    tolerance: 0,
    status: "reproduced",
  });
});

Deno.test("runFindings() cannot sum paediatric SARC referrals held by NHSE", () => {
  // Line 57: all four quarters of 2021/2022 "Information held by NHSE"; line 58: three of them
  // in 2022/2023, Q4 10. The document states no annual figure.
  const early = expectFinding(findings, "foi-0004-24-paediatric-sarc-referrals-2021-22", FOI_0004, {
    line: 57,
    stated: null,
    computed: null,
    unit: "count",
    tolerance: null,
    status: "not-computable",
  });
  assert.match(early.note, /4 of 4 parts have no value \("Information held by NHSE"\)/);
  const late = expectFinding(findings, "foi-0004-24-paediatric-sarc-referrals-2022-23", FOI_0004, {
    line: 58,
    stated: null,
    computed: null,
    unit: "count",
    tolerance: null,
    status: "not-computable",
  });
  assert.match(late.note, /^Not computable: the document states no figure to check; 3 of 4 parts/);
});

Deno.test("runFindings() reproduces FOI 0017/24's sub-totals and grand total", () => {
  const exact = { unit: "GBP" as const, tolerance: 0, status: "reproduced" as const };
  // llr_opcc_foi_0017_24_asb_support.txt line 48 "£1,531,941": lines 43-45.
  expectFinding(findings, "foi-0017-24-victim-first-subtotal-initial", FOI_0017, {
    ...exact,
    line: 48,
    stated: 1531941,
    computed: 500000 + 510862 + 521079,
  });
  // Line 48 "£1,073,630": lines 46-47.
  expectFinding(findings, "foi-0017-24-victim-first-subtotal-extension", FOI_0017, {
    ...exact,
    line: 48,
    stated: 1073630,
    computed: 531500 + 542130,
  });
  // Line 49 "£2,605,571": the sub-totals, and the five years.
  expectFinding(findings, "foi-0017-24-victim-first-grand-total-subtotals", FOI_0017, {
    ...exact,
    line: 49,
    stated: 2605571,
    computed: 1531941 + 1073630,
  });
  expectFinding(findings, "foi-0017-24-victim-first-grand-total-years", FOI_0017, {
    ...exact,
    line: 49,
    stated: 2605571,
    computed: 500000 + 510862 + 521079 + 531500 + 542130,
  });
});

Deno.test("runFindings() matches FOI 0017/24's contract periods and ASB period to its figures", () => {
  // Line 38 "a period of 3 years": three initial-period rows, 2024-2025 to 2026-2027 (lines 43-45).
  expectFinding(findings, "foi-0017-24-victim-first-initial-years", FOI_0017, {
    line: 38,
    stated: 3,
    computed: 3,
    unit: "years",
    tolerance: 0,
    status: "reproduced",
  });
  // Line 38 "a further two periods of up to 12 months": two extension rows (lines 46-47).
  expectFinding(findings, "foi-0017-24-victim-first-extension-periods", FOI_0017, {
    line: 38,
    stated: 2,
    computed: 2,
    unit: "count",
    tolerance: 0,
    status: "reproduced",
  });
  // Line 51 "the previous 12 months (October 2023 – September 2024)": Oct-Dec 2023 is 3 months,
  // Jan-Sep 2024 is 9: 3 + 9 = 12.
  expectFinding(findings, "foi-0017-24-asb-period-months", FOI_0017, {
    line: 51,
    stated: 12,
    computed: 3 + 9,
    unit: "months",
    tolerance: 0,
    status: "reproduced",
  });
});

Deno.test("runFindings() compares the figures the framework shares with the FOI responses", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 153 Victim First 500,000; FOI 0017/24
  // line 43 2024-2025 £500,000.
  expectFinding(findings, "cross-victim-first-spend-2024-25", FRAMEWORK, {
    line: 153,
    stated: 500000,
    computed: 500000,
    unit: "GBP",
    tolerance: 0,
    status: "reproduced",
  });
  // Framework line 33 "5 years"; FOI 0017/24 line 38: 3 years + 2 × 12 months = 3 + 24 / 12.
  expectFinding(findings, "cross-victim-first-contract-length-terms", FRAMEWORK, {
    line: 33,
    stated: 5,
    computed: 3 + 2 * 12 / 12,
    unit: "years",
    tolerance: 0,
    status: "reproduced",
  });
  // FOI 0017/24 lines 43-47: 2024-2025 … 2028-2029, five financial years.
  expectFinding(findings, "cross-victim-first-contract-length-payments", FRAMEWORK, {
    line: 33,
    stated: 5,
    computed: 2028 - 2024 + 1,
    unit: "years",
    tolerance: 0,
    status: "reproduced",
  });
  // Framework line 156 Paediatric SARC 20,000 (2024/25); FOI 0004-24 lines 57-58 £20,000.
  const sarc = expectFinding(findings, "cross-paediatric-sarc-contribution", FRAMEWORK, {
    line: 156,
    stated: 20000,
    computed: 20000,
    unit: "GBP",
    tolerance: 0,
    status: "reproduced",
  });
  assert.match(sarc.note, /Different years/);
});

Deno.test("runFindings() finds 'roughly 27%' just outside 186,945 / 705,672", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 97 "£186,945 … roughly 27%", line 93
  // "£705,672": 186945 / 705672 × 100 = 26.4918%, 0.508 points below 27, beyond ±0.5.
  const share = expectFinding(findings, "leicester-cyp-share-of-budget", LEICESTER, {
    line: 97,
    stated: 27,
    computed: 186945 / 705672 * 100,
    unit: "percent",
    tolerance: 0.5,
    status: "discrepancy",
  });
  assert.match(share.note, /26\.49%, which rounds to 26%, not 27%/);
});

Deno.test("runFindings() reports how far Leicester's breakdowns cover the headline counts", () => {
  const coverage = { unit: "count" as const, tolerance: 0, status: "discrepancy" as const };
  // Line 56: CYPFS 356. Ages, lines 108-176 (first column):
  // 1 + 5 + 6 + 9 + 17 + 26 + 24 + 34 + 21 + 30 + 28 + 19 + 16 + 27 + 23 + 20 + 22 + 11 = 339.
  expectFinding(findings, "leicester-coverage-age-cypfs", LEICESTER, {
    ...coverage,
    line: 56,
    stated: 356,
    computed: 1 + 5 + 6 + 9 + 17 + 26 + 24 + 34 + 21 + 30 + 28 + 19 + 16 + 27 + 23 + 20 + 22 + 11,
  });
  // Line 60: Support & Information 204. Ages, lines 109-177 (second column).
  expectFinding(findings, "leicester-coverage-age-support-information", LEICESTER, {
    ...coverage,
    line: 60,
    stated: 204,
    computed: 9 + 9 + 14 + 10 + 12 + 16 + 11 + 14 + 12 + 12 + 16 + 5 + 14 + 13 + 7 + 9 + 4 + 8,
  });
  // Lines 184, 187, 190: Male 131, Female 52, Unknown 4.
  expectFinding(findings, "leicester-coverage-sex-cypfs", LEICESTER, {
    ...coverage,
    line: 56,
    stated: 356,
    computed: 131 + 52 + 4,
  });
  // Lines 198, 202, 206: BME 152, White British 186, Not provided an empty cell.
  const cypfs = expectFinding(findings, "leicester-coverage-ethnicity-cypfs", LEICESTER, {
    ...coverage,
    line: 56,
    stated: 356,
    computed: null,
    status: "not-computable",
  });
  assert.match(cypfs.note, new RegExp(`sum to ${152 + 186}, ${356 - (152 + 186)} short of 356`));
  // Lines 199, 203, 207: BME 29, White British 19, Not provided 162.
  expectFinding(findings, "leicester-coverage-ethnicity-support-information", LEICESTER, {
    ...coverage,
    line: 60,
    stated: 204,
    computed: 29 + 19 + 162,
  });
});

Deno.test("runFindings() cannot check Nottinghamshire's approximate totals", () => {
  // nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt line 65 "c£800,000" (±50,000:
  // to the hundred thousand) and line 66 "c£230,000" (±5,000: to the ten thousand).
  for (
    const [id, line, stated, tolerance] of [
      ["notts-domestic-violence-total-2015-16", 65, 800000, 50000],
      ["notts-sexual-violence-total-2015-16", 66, 230000, 5000],
    ] as const
  ) {
    expectFinding(findings, id, NOTTS, {
      line,
      stated,
      computed: null,
      unit: "GBP",
      tolerance,
      status: "not-computable",
    });
  }
});
