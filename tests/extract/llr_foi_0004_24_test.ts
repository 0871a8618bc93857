import assert from "node:assert/strict";
import { extractLlrFoi000424 } from "../../lib/extract/mod.ts";
import { seedText } from "./_seed.ts";

const SEED = "llr_opcc_foi_0004_24_under18_services.txt";
const { paediatric_sarc: sarc, victim_first_under18: vf } = extractLlrFoi000424(
  SEED,
  await seedText(SEED),
);

Deno.test("FOI 0004-24: the SARC table gives 2 years × (contribution + 4 quarters) = 10 rows", () => {
  assert.equal(sarc.length, 10);
  // Lines 57-58: £20,000 both years
  assert.deepEqual(
    sarc.filter((r) => r.measure === "opcc_contribution").map((r) => [r.financial_year, r.value]),
    [["2021-22", 20000], ["2022-23", 20000]],
  );
});

Deno.test("FOI 0004-24: referrals held by NHSE are null with that reason, never 0", () => {
  const referrals = sarc.filter((r) => r.measure === "under18_referrals");
  // Line 57: all four quarters "Information held by NHSE"; line 58: Q1-Q3 the same, Q4 is 10.
  assert.deepEqual(referrals.map((r) => r.value), [null, null, null, null, null, null, null, 10]);
  assert.equal(referrals.filter((r) => r.missing_reason === "Information held by NHSE").length, 7);
  assert.deepEqual(referrals.map((r) => r.quarter), [
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
  ]);
});

Deno.test("FOI 0004-24: Victim First funding, stated annual totals and quarters (lines 79-80)", () => {
  assert.equal(vf.length, 12);
  const pick = (year: string) =>
    vf.filter((r) => r.financial_year === year).map((r) => [r.measure, r.quarter, r.value, r.role]);
  assert.deepEqual(pick("2021-22"), [
    ["funding", null, 561813, "observation"],
    ["under18_referrals", null, 1351, "total"],
    ["under18_referrals", "Q1", 352, "observation"],
    ["under18_referrals", "Q2", 284, "observation"],
    ["under18_referrals", "Q3", 331, "observation"],
    ["under18_referrals", "Q4", 384, "observation"],
  ]);
  assert.deepEqual(pick("2022-23").map((r) => r[2]), [572798, 1795, 510, 448, 422, 415]);
  assert.deepEqual([...new Set(vf.map((r) => r.line))], [79, 80]);
});
