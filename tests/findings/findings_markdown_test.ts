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
      "2 findings: 1 reproduced, 1 discrepancy, 0 not-computable.",
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
