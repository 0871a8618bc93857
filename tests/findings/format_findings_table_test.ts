import assert from "node:assert/strict";
import { formatFindingsTable, runFindings } from "../../lib/findings/mod.ts";
import { SAMPLE } from "./_sample.ts";

Deno.test("formatFindingsTable() lays findings out in aligned columns under their documents", () => {
  assert.equal(
    formatFindingsTable(SAMPLE),
    [
      "llr_opcc_foi_0004_24_under18_services.txt",
      "  STATUS       ID                                          LINE  STATED  COMPUTED  DIFFERENCE  TOLERANCE",
      "  reproduced   foi-0004-24-victim-first-referrals-2021-22    79   1,351     1,351           0         ±0",
      "",
      "leicester_council_foi_child_victims_2020_21.txt",
      "  STATUS       ID                                          LINE  STATED  COMPUTED  DIFFERENCE  TOLERANCE",
      "  discrepancy  leicester-cyp-share-of-budget                 97  27.00%    26.49%    -0.51 pp   ±0.50 pp",
    ].join("\n"),
  );
});

Deno.test("formatFindingsTable() shows a missing figure as a dash", () => {
  const [first] = SAMPLE;
  const table = formatFindingsTable([
    { ...first, stated: null, computed: null, difference: null, tolerance: null },
  ]);
  assert.match(table.split("\n")[2], /79\s+—\s+—\s+—\s+—$/);
});

Deno.test("formatFindingsTable() gives every finding of a run one row", async () => {
  const findings = await runFindings();
  const table = formatFindingsTable(findings);
  for (const f of findings) {
    assert.match(table, new RegExp(`  ${f.status}( [\\d.]+%)?\\s+${f.id} `));
  }
  // 1351 = 352 + 284 + 331 + 384 (llr_opcc_foi_0004_24_under18_services.txt line 79)
  assert.match(table, /foi-0004-24-victim-first-referrals-2021-22\s+79\s+1,351\s+1,351\s+0\s+±0/);
});

Deno.test("formatFindingsTable() shows the share a coverage covers, a range, and the tests", async () => {
  const table = formatFindingsTable(await runFindings());
  // leicester_council_foi_child_victims_2020_21.txt lines 56 and 184-190: 131 + 52 + 4 = 187 of 356.
  assert.match(table, /coverage 52\.5%\s+leicester-coverage-sex-cypfs\s+56\s+356\s+187\s+-169\s+—/);
  // Lines 29, 39, 43: 67, 91, 199: at least 199, at most 357.
  assert.match(
    table,
    /bounded\s+leicester-distinct-child-victims-sexual-abuse\s+48\s+—\s+199 to 357/,
  );
  assert.match(
    table,
    /\nConsistency tests\n {2}passed {2}leicester-cyp-share-of-budget \(granularity\): /,
  );
});
