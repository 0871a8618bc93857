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

Deno.test("runFindings() reads 'roughly 27%' as 26% to 28%, which 186,945 / 705,672 is within", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 97 "£186,945 … roughly 27%", line 93
  // "£705,672": 186945 / 705672 × 100 = 26.4918%, 0.508 points below 27: beyond rounding to the
  // nearest point (±0.5), within the whole point either way that "roughly" allows (±1).
  const share = expectFinding(findings, "leicester-cyp-share-of-budget", LEICESTER, {
    line: 97,
    stated: 27,
    computed: 186945 / 705672 * 100,
    unit: "percent",
    tolerance: 1,
    status: "reproduced",
  });
  assert.match(share.note, /26\.49%, which rounds to 26% to the nearest point, not 27%/);
  assert.match(share.note, /Approximate \("roughly 27%"\).*from 26% to 28%/);
});

Deno.test("runFindings() tests 'roughly 27%' of £705,672 for granularity", () => {
  // Line 97's percentage of line 93's whole: whole-pound parts from 0.265 × 705,672 = 187,003.08
  // (so £187,004) to 0.275 × 705,672 = 194,059.8 (so £194,059) give 27% to the nearest percent.
  // The stated £186,945 is 187,004 − 186,945 = £59 below them.
  const share = findings.find((f) => f.id === "leicester-cyp-share-of-budget")!;
  assert.deepEqual(share.checks, [{
    name: "granularity",
    passed: true,
    text: "Whole-pound parts of £705,672 from £187,004 to £194,059 give 27% to the nearest " +
      "whole percent, so the percentage is possible for its base; the stated £186,945 is not: " +
      "it is £59 below them.",
  }]);
  // No other finding states a percentage of a stated whole.
  assert.deepEqual(findings.filter((f) => f.checks.length > 0).map((f) => f.id), [share.id]);
});

Deno.test("runFindings() reports how much of Leicester's headline counts the breakdowns cover", () => {
  const coverage = { unit: "count" as const, tolerance: null, status: "coverage" as const };
  // Line 56: CYPFS 356. Ages, lines 108-176 (first column):
  // 1 + 5 + 6 + 9 + 17 + 26 + 24 + 34 + 21 + 30 + 28 + 19 + 16 + 27 + 23 + 20 + 22 + 11 = 339.
  const ages = 1 + 5 + 6 + 9 + 17 + 26 + 24 + 34 + 21 + 30 + 28 + 19 + 16 + 27 + 23 + 20 + 22 + 11;
  expectFinding(findings, "leicester-coverage-age-cypfs", LEICESTER, {
    ...coverage,
    line: 56,
    stated: 356,
    computed: ages,
    coverage: ages / 356 * 100, // 95.2%
  });
  // Line 60: Support & Information 204. Ages, lines 109-177 (second column).
  const siAges = 9 + 9 + 14 + 10 + 12 + 16 + 11 + 14 + 12 + 12 + 16 + 5 + 14 + 13 + 7 + 9 + 4 + 8;
  expectFinding(findings, "leicester-coverage-age-support-information", LEICESTER, {
    ...coverage,
    line: 60,
    stated: 204,
    computed: siAges,
    coverage: siAges / 204 * 100, // 95.6%
  });
  // Lines 184, 187, 190: Male 131, Female 52, Unknown 4.
  expectFinding(findings, "leicester-coverage-sex-cypfs", LEICESTER, {
    ...coverage,
    line: 56,
    stated: 356,
    computed: 131 + 52 + 4,
    coverage: (131 + 52 + 4) / 356 * 100, // 52.5%
  });
  // Lines 198, 202, 206: BME 152, White British 186, Not provided an empty cell, left out.
  const cypfs = expectFinding(findings, "leicester-coverage-ethnicity-cypfs", LEICESTER, {
    ...coverage,
    line: 56,
    stated: 356,
    computed: 152 + 186,
    coverage: (152 + 186) / 356 * 100, // 94.9%
  });
  assert.match(
    cypfs.note,
    new RegExp(`The ${356 - (152 + 186)} not covered could be in the empty`),
  );
  // Lines 199, 203, 207: BME 29, White British 19, Not provided 162: more than the 204.
  const over = expectFinding(
    findings,
    "leicester-coverage-ethnicity-support-information",
    LEICESTER,
    {
      ...coverage,
      line: 60,
      stated: 204,
      computed: 29 + 19 + 162,
      coverage: (29 + 19 + 162) / 204 * 100, // 102.9%
    },
  );
  assert.match(over.note, new RegExp(`holds ${29 + 19 + 162 - 204} more than the count`));
});

Deno.test("runFindings() bounds the distinct child victims behind counts that may double count", () => {
  // Line 48: "there may be some double counting as victims may have multiple factors recorded
  // and might appear across different systems". Question A, lines 29, 39, 43: 67, 91, 199;
  // question B, lines 56, 60, 64, 68, 72: 356, 204, 258, 1171, 164.
  const none = { stated: null, computed: null, tolerance: null, status: "bounded" as const };
  expectFinding(findings, "leicester-distinct-child-victims-sexual-abuse", LEICESTER, {
    ...none,
    line: 48,
    unit: "count",
    bounds: { low: 199, high: 67 + 91 + 199 },
  });
  expectFinding(findings, "leicester-distinct-child-victims-domestic-abuse", LEICESTER, {
    ...none,
    line: 48,
    unit: "count",
    bounds: { low: 1171, high: 356 + 204 + 258 + 1171 + 164 },
  });
});

Deno.test("runFindings() bounds the male and female shares of CYPFS's 356 by the unrecorded", () => {
  // Line 56: 356 children; lines 184, 187, 190: Male 131, Female 52, Unknown 4. Sex is recorded
  // as male or female for 183, so 356 − 183 = 173 may be either.
  const bounded = {
    stated: null,
    tolerance: null,
    status: "bounded" as const,
    unit: "percent" as const,
  };
  expectFinding(findings, "leicester-male-share-cypfs", LEICESTER, {
    ...bounded,
    line: 184,
    computed: 131 / 183 * 100, // 71.6% of those recorded
    bounds: { low: 131 / 356 * 100, high: (131 + 173) / 356 * 100 }, // 36.8% to 85.4%
  });
  expectFinding(findings, "leicester-female-share-cypfs", LEICESTER, {
    ...bounded,
    line: 187,
    computed: 52 / 183 * 100, // 28.4%
    bounds: { low: 52 / 356 * 100, high: (52 + 173) / 356 * 100 }, // 14.6% to 63.2%
  });
});

Deno.test("runFindings() cannot check Nottinghamshire's approximate totals, but shows their hedge", () => {
  // nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt line 65 "c£800,000" (±100,000: a
  // whole unit of the hundred thousands) and line 66 "c£230,000" (±10,000: of the ten thousands).
  for (
    const [id, line, stated, tolerance] of [
      ["notts-domestic-violence-total-2015-16", 65, 800000, 100000],
      ["notts-sexual-violence-total-2015-16", 66, 230000, 10000],
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
