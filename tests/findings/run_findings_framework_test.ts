import assert from "node:assert/strict";
import { runFindings } from "../../lib/findings/mod.ts";
import { expectFinding } from "./_expect.ts";

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";
const findings = await runFindings();

// Table 1, llr_opcc_commissioning_framework_2024_25.txt lines 153-200 (line 177 is blank; lines
// 165 and 167, Adults Safeguarding Boards, have an empty spend cell) and lines 204-220.
const COMMISSIONED = [
  [500000, 80000, 67906, 20000, 435455, 177053, 28700], // 153-159 Victim Services
  [219287, 110371, 1485, 34000, 103700, 97500, 25000, 131073, 50000], // 160-170 Vulnerability
  [
    157575,
    90000,
    84446,
    77934,
    114750,
    101250,
    9000,
    20000,
    32050,
    34210,
    16000,
    16000,
    8860,
    50000,
  ], // 171-185
  [271818, 19297, 52666, 89530, 37480, 51218, 31336, 53776, 32555, 19995], // 186-195 Community Safety
  [400000, 148000, 400000, 103500, 49235], // 196-200
].flat();
const GRANTS = [
  371859,
  65347,
  49412,
  234143,
  194313,
  100167,
  32814,
  43500,
  28158,
  40805,
  56730,
  38388,
  25906,
  31800,
  7625,
  29450,
  669809,
];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

Deno.test("runFindings() reproduces both TOTAL rows of Table 1", () => {
  assert.equal(COMMISSIONED.length, 45);
  const commissioned = expectFinding(findings, "framework-table-1-total-commissioned", FRAMEWORK, {
    line: 201,
    stated: 4654011,
    computed: sum(COMMISSIONED),
    unit: "GBP",
    tolerance: 0,
    status: "reproduced",
  });
  assert.match(commissioned.note, /2 rows have an empty spend cell .*lines 165 and 167/);
  expectFinding(findings, "framework-table-1-total-grants", FRAMEWORK, {
    line: 221,
    stated: 2020226,
    computed: sum(GRANTS),
    unit: "GBP",
    tolerance: 0,
    status: "reproduced",
  });
});

Deno.test("runFindings() finds the CSP spend of line 81 a pound short of Table 1's nine rows", () => {
  // Line 81 "Year 24-25 spend is £639,675"; lines 186-194:
  // 271,818 + 19,297 + 52,666 + 89,530 + 37,480 + 51,218 + 31,336 + 53,776 + 32,555 = 639,676.
  expectFinding(findings, "framework-csp-spend", FRAMEWORK, {
    line: 81,
    stated: 639675,
    computed: 271818 + 19297 + 52666 + 89530 + 37480 + 51218 + 31336 + 53776 + 32555,
    unit: "GBP",
    tolerance: 0.5,
    status: "discrepancy",
  });
  // Line 81 "nine CSPs": lines 186-194 are nine rows.
  expectFinding(findings, "framework-csp-count", FRAMEWORK, {
    line: 81,
    stated: 9,
    computed: 194 - 186 + 1,
    unit: "count",
    tolerance: 0,
    status: "reproduced",
  });
  // Line 81 "the city receiving the highest proportion and Rutland the lowest": Leicester City
  // 271,818 (line 186) and Rutland 19,297 (line 187) are the largest and smallest of the nine.
  expectFinding(findings, "framework-csp-highest", FRAMEWORK, {
    line: 81,
    stated: 271818,
    computed: Math.max(271818, 19297, 52666, 89530, 37480, 51218, 31336, 53776, 32555),
    unit: "GBP",
    tolerance: 0,
    status: "reproduced",
  });
  expectFinding(findings, "framework-csp-lowest", FRAMEWORK, {
    line: 81,
    stated: 19297,
    computed: Math.min(271818, 19297, 52666, 89530, 37480, 51218, 31336, 53776, 32555),
    unit: "GBP",
    tolerance: 0,
    status: "reproduced",
  });
});

Deno.test("runFindings() reproduces the prose figures that restate Table 1 rows, as rounded", () => {
  const rounded = { unit: "GBP" as const, status: "reproduced" as const };
  // Line 37 "£80,000 per annum" (to the ten thousand, ±5,000); line 154 80,000.
  expectFinding(findings, "framework-victim-pathway-per-annum", FRAMEWORK, {
    ...rounded,
    line: 37,
    stated: 80000,
    computed: 80000,
    tolerance: 5000,
  });
  // Line 83 "£400,000 per annum" (±50,000); line 196 400,000.
  expectFinding(findings, "framework-commissioners-safety-fund-per-annum", FRAMEWORK, {
    ...rounded,
    line: 83,
    stated: 400000,
    computed: 400000,
    tolerance: 50000,
  });
  // Line 106 "Annual cost £372,000" (±500); line 204 371,859: a difference of -141.
  expectFinding(findings, "framework-da-perpetrator-annual-cost", FRAMEWORK, {
    ...rounded,
    line: 106,
    stated: 372000,
    computed: 371859,
    tolerance: 500,
  });
});

Deno.test("runFindings() reproduces the £435,000 of MoJ grants from the listed providers' rows", () => {
  // Line 93 "£435,000" (±500), providers listed on lines 95-102. Their victim services grants:
  // Living Without Abuse 100,167 + 32,814 (lines 209-210), Leicester Rape Crisis 43,500 (211),
  // Catch 22 28,158 + 40,805 (212-213), New Dawn New Day 56,730 (214), Women's Aid 38,388 +
  // 25,906 (215-216), Hope CIC 31,800 (217), Quetzal 7,625 (218), First Step LLR 29,450 (219).
  // Not ISVA Funding, "Various" (line 220).
  const moj = expectFinding(findings, "framework-moj-specialist-grants", FRAMEWORK, {
    line: 93,
    stated: 435000,
    computed: 100167 + 32814 + 43500 + 28158 + 40805 + 56730 + 38388 + 25906 + 31800 + 7625 +
      29450,
    unit: "GBP",
    tolerance: 500,
    status: "reproduced",
  });
  assert.match(moj.note, /one of the 8 listed on lines 95–102: 11 rows \(lines 209–219\)/);
  assert.match(moj.note, /Left out: ISVA Funding \(Various, line 220\)/);
});

Deno.test("runFindings() reproduces counts the prose states from the lists it gives", () => {
  const count = { unit: "count" as const, tolerance: 0, status: "reproduced" as const };
  // Line 7 "two major strands": lines 9-10.
  expectFinding(findings, "framework-two-major-strands", FRAMEWORK, {
    ...count,
    line: 7,
    stated: 2,
    computed: 10 - 9 + 1,
  });
  // Line 12 "four categories": lines 14-17 (a.-d.).
  expectFinding(findings, "framework-four-categories", FRAMEWORK, {
    ...count,
    line: 12,
    stated: 4,
    computed: 17 - 14 + 1,
  });
  // Line 108 "three OOCR activities": lines 110-112.
  expectFinding(findings, "framework-three-oocr-activities", FRAMEWORK, {
    ...count,
    line: 108,
    stated: 3,
    computed: 112 - 110 + 1,
  });
  // Line 126 "Three projects": lines 128-130, and Table 1's Safer Streets 5 rows 205-207.
  expectFinding(findings, "framework-safer-streets-5-listed", FRAMEWORK, {
    ...count,
    line: 126,
    stated: 3,
    computed: 130 - 128 + 1,
  });
  expectFinding(findings, "framework-safer-streets-5-rows", FRAMEWORK, {
    ...count,
    line: 126,
    stated: 3,
    computed: 207 - 205 + 1,
  });
});

Deno.test("runFindings() checks contract lengths against their breaks and extension dates", () => {
  const years = { unit: "years" as const, tolerance: 0, status: "reproduced" as const };
  // Line 33 "5 years (3 plus 1 and 4 plus 1 contract breaks)": 4 + 1.
  expectFinding(findings, "framework-victim-first-contract-breaks", FRAMEWORK, {
    ...years,
    line: 33,
    stated: 5,
    computed: 4 + 1,
  });
  // Line 47 "to March 2026 with options to extend for one plus one years to 2028": 2028 - 2026.
  expectFinding(findings, "framework-substance-misuse-extension", FRAMEWORK, {
    ...years,
    line: 47,
    stated: 1 + 1,
    computed: 2028 - 2026,
  });
  // Lines 57 and 61 "runs to March 2025 with options to extend for a further 2 years to 2027".
  for (
    const [id, line] of [
      ["framework-helpline-extension", 57],
      ["framework-sexual-violence-service-extension", 61],
    ] as const
  ) {
    expectFinding(findings, id, FRAMEWORK, { ...years, line, stated: 2, computed: 2027 - 2025 });
  }
  // Lines 110, 111 and 118 "Contracted to March 2025 with an option for a one-year extension to
  // March 2026": 12 months.
  for (
    const [id, line] of [
      ["framework-cara-extension", 110],
      ["framework-womens-oocr-extension", 111],
      ["framework-warning-zone-extension", 118],
    ] as const
  ) {
    expectFinding(findings, id, FRAMEWORK, { ...years, line, stated: 1, computed: 12 / 12 });
  }
});

Deno.test("runFindings() says why the framework's other figures cannot be checked", () => {
  // Line 140 "funding is expected to be £500,000": no Table 1 row.
  const ij = expectFinding(findings, "framework-immediate-justice-funding", FRAMEWORK, {
    line: 140,
    stated: 500000,
    computed: null,
    unit: "GBP",
    tolerance: 50000,
    status: "not-computable",
  });
  assert.match(ij.note, /^Not computable: Table 1 has no Immediate Justice row/);
  // Line 65 "the three year project in Year 24-25": no start year.
  expectFinding(findings, "framework-dtoa-three-year-project", FRAMEWORK, {
    line: 65,
    stated: 3,
    computed: null,
    unit: "years",
    tolerance: 0,
    status: "not-computable",
  });
  // Line 85 "usually allocated in amounts less than £20,000": no grants listed.
  expectFinding(findings, "framework-commissioners-safety-fund-grant-size", FRAMEWORK, {
    line: 85,
    stated: 20000,
    computed: null,
    unit: "GBP",
    tolerance: 5000,
    status: "not-computable",
  });
});
