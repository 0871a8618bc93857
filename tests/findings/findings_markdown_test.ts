import assert from "node:assert/strict";
import { findingsMarkdown, runFindings } from "../../lib/findings/mod.ts";
import { SAMPLE } from "./_sample.ts";

Deno.test("findingsMarkdown() writes the counts, a table per document and the notes", () => {
  assert.equal(
    findingsMarkdown(SAMPLE),
    [
      "# Findings",
      "",
      "Every figure the source documents state that can be checked against their other figures, " +
      "recomputed from the tidy datasets. Difference is computed − stated. A discrepancy is a " +
      "result to report, not an error in this toolkit.",
      "",
      "2 findings: 1 reproduced, 1 discrepancy, 0 coverage, 0 bounded, 0 not-computable.",
      "",
      "- **reproduced**: A stated figure agrees with its own parts, or with the figures it " +
      "restates, within the tolerance its precision implies.",
      "- **discrepancy**: A stated figure that its own parts, or the figures it restates, " +
      "contradict by more than that tolerance.",
      "- **coverage**: A breakdown compared with a headline it is not stated to add up to: the " +
      "share of the headline it covers, not an error.",
      "- **bounded**: A figure the documents do not give, shown as the range their figures allow.",
      "- **not-computable**: The documents do not hold the numbers the check needs; the note " +
      "says why.",
      "",
      "## llr_opcc_foi_0004_24_under18_services.txt",
      "",
      "| Status | ID | Claim | Line | Stated | Computed | Difference | Tolerance |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      "| reproduced | foi-0004-24-victim-first-referrals-2021-22 | Victim First under-18 referrals " +
      "\\| 2021-22 | 79 | 1,351 | 1,351 | 0 | ±0 |",
      "",
      "- **foi-0004-24-victim-first-referrals-2021-22**: Sum of Q1-Q4.",
      "",
      "## leicester_council_foi_child_victims_2020_21.txt",
      "",
      "| Status | ID | Claim | Line | Stated | Computed | Difference | Tolerance |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      '| discrepancy | leicester-cyp-share-of-budget | The contract is "roughly 27%" of the budget ' +
      "| 97 | 27.00% | 26.49% | -0.51 pp | ±0.50 pp |",
      "",
      "- **leicester-cyp-share-of-budget**: 186945 / 705672 × 100. Rounded.",
      "",
    ].join("\n"),
  );
});

Deno.test("findingsMarkdown() is the same for the same findings, and covers each once", async () => {
  const findings = await runFindings();
  const md = findingsMarkdown(findings);
  assert.equal(md, findingsMarkdown(await runFindings()));
  for (const f of findings) {
    assert.equal(md.split(`| ${f.id} |`).length, 2, f.id);
    assert.equal(md.split(`- **${f.id}**: `).length, 2, f.id);
  }
  // Every seed with a finding has its section, in the order findings first name it.
  const seeds = [...new Set(findings.map((f) => f.source.seed))];
  const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings, seeds);
});

Deno.test("findingsMarkdown() says what a coverage or bounded finding found, and its tests", async () => {
  const md = findingsMarkdown(await runFindings());
  // leicester_council_foi_child_victims_2020_21.txt line 56: 356; ages add to 339 (lines 108-176).
  assert.match(
    md,
    /\| coverage 95\.2% \| leicester-coverage-age-cypfs \|.*\| 356 \| 339 \| -17 \| — \|/,
  );
  assert.match(md, /- \*\*leicester-coverage-age-cypfs\*\*: Covers 95\.2% of the 356\. /);
  // Lines 64-72: at least the 1,171 of line 68, at most 356 + 204 + 258 + 1,171 + 164 = 2,153.
  assert.match(
    md,
    /\| bounded \| leicester-distinct-child-victims-domestic-abuse \|.*\| — \| 1,171 to 2,153 \|/,
  );
  assert.match(md, /Between 1,171 and 2,153\./);
  assert.match(md, /Consistency \(granularity\): passed; Whole-pound parts of £705,672/);
});
