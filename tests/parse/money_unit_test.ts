import assert from "node:assert/strict";
import { parseMoney, parseMoneyUnit } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("parseMoneyUnit() reads (£ up to) as pounds with an upper bound", () => {
  // llr_opcc_foi_0017_24_asb_support.txt line 42
  assert.deepEqual(parseMoneyUnit("Payments within initial period of the contract (£ up to)"), {
    unit: "GBP",
    bound: "upper",
    scale: 1,
  });
  assert.deepEqual(parseMoneyUnit("Payments within the optional extension periods (£ up to)"), {
    unit: "GBP",
    bound: "upper",
    scale: 1,
  });
});

Deno.test("parseMoneyUnit() returns null when the header has no £ sign", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 152
  assert.equal(parseMoneyUnit("24/25 Spend"), null);
  // llr_opcc_foi_0004_24_under18_services.txt lines 78 and 56
  assert.equal(parseMoneyUnit("Funding"), null);
  assert.equal(parseMoneyUnit("Funding contribution by OPCC"), null);
  assert.equal(parseMoneyUnit("Spend (000s)"), null);
});

Deno.test("parseMoneyUnit() reads the scale written after the £ sign", () => {
  const scale = (header: string) => parseMoneyUnit(header)?.scale;
  assert.equal(scale("Funding (£)"), 1);
  assert.equal(scale("Spend (£000)"), 1000);
  assert.equal(scale("Spend (£000s)"), 1000);
  assert.equal(scale("Spend (£'000)"), 1000);
  assert.equal(scale("Spend £k"), 1000);
  assert.equal(scale("Budget (£m)"), 1e6);
  assert.equal(scale("Budget (£ million)"), 1e6);
  assert.equal(scale("Budget (£bn)"), 1e9);
});

Deno.test("parseMoneyUnit() reads bound words only beside the £ sign", () => {
  assert.equal(parseMoneyUnit("Grant (£, max)")?.bound, "upper");
  assert.equal(parseMoneyUnit("Grant (at least £)")?.bound, "lower");
  assert.equal(parseMoneyUnit("Spend over 3 years (£)")?.bound, null);
  assert.equal(parseMoneyUnit("Funding (£)")?.bound, null);
});

Deno.test("parseMoneyUnit() gives the scale parseMoney() needs for the column's cells", () => {
  const unit = parseMoneyUnit("Spend (£000)");
  assert.ok(unit !== null);
  // 435 thousands of pounds = 435 × 1000
  assert.equal(parseMoney("435", { scale: unit.scale }).value, 435 * 1000);
});

Deno.test("parseMoneyUnit() rejects a header that is not text", () => {
  assertThrowsWith(
    () => parseMoneyUnit(null as unknown as string),
    TypeError,
    "Cannot read the money unit of null: expected a string",
  );
});
