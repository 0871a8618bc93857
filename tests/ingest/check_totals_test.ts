// checkTotals() on the stated totals of the five documents and of the fixtures.
import assert from "node:assert/strict";
import { readSeeds } from "../../lib/data/mod.ts";
import { checkTotals, ingest } from "../../lib/ingest/mod.ts";
import { ingestFixture } from "./_fixtures.ts";

const seeds = await readSeeds();
const checksOf = (file: string) => checkTotals(ingest(seeds.get(file)!, { source: file }));

Deno.test("checkTotals() reconciles the framework's two TOTAL rows with the rows above each", () => {
  const checks = checksOf("llr_opcc_commissioning_framework_2024_25.txt");
  // Lines 201 and 221: 4,654,011 over lines 153-200 (47 rows, two of them, lines 165 and 167,
  // with an empty spend cell) and 2,020,226 over the grants on lines 204-220, after the "Grants"
  // row. The empty cells are missing parts, never 0: the other 45 make the total.
  assert.deepEqual(checks.map((c) => [c.line, c.stated, c.computed, c.parts.length, c.status]), [
    [201, 4654011, 4654011, 47, "reproduced"],
    [221, 2020226, 2020226, 17, "reproduced"],
  ]);
  const empty = checks[0].parts.filter((p) => p.value === null);
  assert.deepEqual(empty.map((p) => [p.line, p.missing_reason]), [
    [165, "Empty cell"],
    [167, "Empty cell"],
  ]);
  assert.ok(
    checks[0].note.includes("2 parts are empty cells, left out: the others make the total."),
  );
});

Deno.test("checkTotals() reconciles FOI 0017/24's sub-totals and grand total", () => {
  const checks = checksOf("llr_opcc_foi_0017_24_asb_support.txt");
  // Line 48: 500,000 + 510,862 + 521,079 = 1,531,941 and 531,500 + 542,130 = 1,073,630;
  // line 49: 1,531,941 + 1,073,630 = 2,605,571.
  assert.deepEqual(checks.map((c) => [c.line, c.role, c.computed, c.status]), [
    [48, "subtotal", 500000 + 510862 + 521079, "reproduced"],
    [48, "subtotal", 531500 + 542130, "reproduced"],
    [49, "grand_total", 1531941 + 1073630, "reproduced"],
  ]);
  assert.equal(checks[2].note.startsWith("Sum of the cells of the sub-totals row."), true);
  // The initial period's column is empty on lines 46-47, the extension's on lines 43-45: missing
  // parts the sub-totals leave out.
  assert.deepEqual(checks.slice(0, 2).map((c) => c.parts.filter((p) => p.value === null).length), [
    2,
    3,
  ]);
  assert.ok(checks[0].note.includes("2 parts are empty cells, left out"));
});

Deno.test("checkTotals() reconciles FOI 0004-24's yearly referrals with their quarters", () => {
  const checks = checksOf("llr_opcc_foi_0004_24_under18_services.txt");
  // Lines 79-80: 352 + 284 + 331 + 384 = 1351; 510 + 448 + 422 + 415 = 1795.
  assert.deepEqual(checks.map((c) => [c.line, c.stated, c.computed, c.status]), [
    [79, 1351, 352 + 284 + 331 + 384, "reproduced"],
    [80, 1795, 510 + 448 + 422 + 415, "reproduced"],
  ]);
});

Deno.test("checkTotals() reports a total that does not add up as a discrepancy with the difference", () => {
  // markdown_table.md line 18: 2023/24 total 795 (£000) but 435 + 260 + 101 = 796.
  const checks = checkTotals(ingestFixture("markdown_table.md"));
  const spend2324 = checks.find((c) => c.stated === 795000)!;
  assert.deepEqual([spend2324.computed, spend2324.difference, spend2324.status], [
    796000,
    1000,
    "discrepancy",
  ]);
  // The same line's 2022/23 total, 760 (£000), is 412 + 250 + 98 (lines 15-17).
  assert.equal(checks.find((c) => c.stated === 760000)!.status, "reproduced");
});

Deno.test("checkTotals() cannot compute a total with a withheld part, and says why", () => {
  // html_table.htm line 22: 1,300 over 1,204, <5 and 96.
  const check = checkTotals(ingestFixture("html_table.htm")).find((c) => c.stated === 1300)!;
  assert.equal(check.status, "not-computable");
  assert.equal(check.computed, null);
  assert.ok(check.note.includes('1 of 3 parts has no value ("Suppressed (<5)")'), check.note);
});

Deno.test("checkTotals() checks a list's Total entry against the entries above it", () => {
  const text = "- Victim Support – £250,000\n- Women's Aid – £120,500\n- Total – £370,500\n";
  const [check] = checkTotals(ingest(text));
  assert.deepEqual(
    [check.computed, check.status, check.note.startsWith("Sum of the list entries")],
    [
      250000 + 120500,
      "reproduced",
      true,
    ],
  );
});

Deno.test("checkTotals() allows a rounded total the rounding of its last digit", () => {
  // c£370,000 is stated to the nearest £10,000: 370,500 is within ±£5,000 of it.
  const text = "- Victim Support – £250,000\n- Women's Aid – £120,500\n- Total – c£370,000\n";
  const [check] = checkTotals(ingest(text));
  assert.deepEqual([check.tolerance, check.status], [5000, "reproduced"]);
});

Deno.test("checkTotals() returns nothing for a document that states no totals", () => {
  assert.deepEqual(checksOf("nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt"), []);
});
