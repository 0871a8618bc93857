// Private to tests/findings: two hand-made findings, figures from the documents, for output tests.
import type { Finding } from "../../lib/findings/mod.ts";

/** A reproduced count and a percentage discrepancy, with a pipe in a claim to escape. */
export const SAMPLE: readonly Finding[] = [
  {
    id: "foi-0004-24-victim-first-referrals-2021-22",
    claim: "Victim First under-18 referrals | 2021-22",
    source: { seed: "llr_opcc_foi_0004_24_under18_services.txt", line: 79 },
    stated: 1351,
    computed: 352 + 284 + 331 + 384,
    difference: 0,
    unit: "count",
    tolerance: 0,
    status: "reproduced",
    coverage: null,
    bounds: null,
    checks: [],
    note: "Sum of Q1-Q4.",
  },
  {
    id: "leicester-cyp-share-of-budget",
    claim: 'The contract is "roughly 27%" of the budget',
    source: { seed: "leicester_council_foi_child_victims_2020_21.txt", line: 97 },
    stated: 27,
    computed: 186945 / 705672 * 100,
    difference: 186945 / 705672 * 100 - 27,
    unit: "percent",
    tolerance: 0.5,
    status: "discrepancy",
    coverage: null,
    bounds: null,
    checks: [],
    note: "186945 / 705672 × 100.\nRounded.",
  },
];
