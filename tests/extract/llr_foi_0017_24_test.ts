import assert from "node:assert/strict";
import { extractLlrFoi001724 } from "../../lib/extract/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { seedText } from "./_seed.ts";

const SEED = "llr_opcc_foi_0017_24_asb_support.txt";
const { victim_first_contract: contract, asb_support: asb } = extractLlrFoi001724(
  SEED,
  await seedText(SEED),
);

Deno.test("FOI 0017/24: five yearly payments, two sub-totals and the grand total (lines 43-49)", () => {
  assert.deepEqual(contract.map((r) => [r.financial_year, r.period, r.value, r.role, r.line]), [
    ["2024-25", "initial", 500000, "observation", 43],
    ["2025-26", "initial", 510862, "observation", 44],
    ["2026-27", "initial", 521079, "observation", 45],
    ["2027-28", "extension", 531500, "observation", 46],
    ["2028-29", "extension", 542130, "observation", 47],
    [null, "initial", 1531941, "subtotal", 48],
    [null, "extension", 1073630, "subtotal", 48],
    [null, null, 2605571, "grand_total", 49],
  ]);
});

Deno.test("FOI 0017/24: every payment is an upper bound, from the '(£ up to)' headers (line 42)", () => {
  // Five payments, two sub-totals and the grand total, each under an "(£ up to)" column.
  assert.deepEqual(contract.map((r) => r.bound), new Array(5 + 2 + 1).fill("upper"));
});

Deno.test("FOI 0017/24: 105 ASB referrals and 36 service users, October 2023 to September 2024", () => {
  // Line 51: "In the previous 12 months (October 2023 – September 2024), 105 referrals … 36 service users"
  assert.deepEqual(asb.map((r) => [r.measure, r.value, r.period_start, r.period_end, r.line]), [
    ["referrals", 105, "2023-10-01", "2024-09-30", 51],
    ["service_users", 36, "2023-10-01", "2024-09-30", 51],
  ]);
});

Deno.test("FOI 0017/24: a malformed amount fails naming the document and the line", async () => {
  // Line 44 reads "2025-2026\t£510,862"; with a digit lost the grouping is wrong.
  const text = (await seedText(SEED)).replace("£510,862", "£510,86");
  assertThrowsWith(
    () => extractLlrFoi001724(SEED, text),
    SyntaxError,
    `Cannot extract from "${SEED}": line 44: Cannot parse money "£510,86": digit groups must ` +
      "have three digits",
  );
});
