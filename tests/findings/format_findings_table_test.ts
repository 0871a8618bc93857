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
  for (const f of findings) assert.match(table, new RegExp(`  ${f.status}\\s+${f.id} `));
  // 1351 = 352 + 284 + 331 + 384 (llr_opcc_foi_0004_24_under18_services.txt line 79)
  assert.match(table, /foi-0004-24-victim-first-referrals-2021-22\s+79\s+1,351\s+1,351\s+0\s+±0/);
});
