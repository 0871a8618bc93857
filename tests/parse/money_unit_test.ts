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

Deno.test("parseMoneyUnit() reads thousands, millions and billions however the header writes them", () => {
  const scale = (header: string) => parseMoneyUnit(header)?.scale;
  for (const header of ["£000", "£000s", "£'000", "Spend £ (thousands)", "£k", "(£1000s)"]) {
    assert.equal(scale(header), 1000, header);
  }
  assert.equal(scale("Spend (£ in thousands)"), 1000);
  assert.equal(scale("(£1,000s)"), 1000);
  for (const header of ["£m", "£million", "Budget (£ millions)", "£mn"]) {
    assert.equal(scale(header), 1e6, header);
  }
  for (const header of ["(£b)", "£bn", "£ billion"]) assert.equal(scale(header), 1e9, header);
});

Deno.test("parseMoneyUnit() takes a £ before an amount as the amount, not the unit", () => {
  assert.equal(parseMoneyUnit("Grants under £5k"), null);
  assert.equal(parseMoneyUnit("Awards over £1,000"), null);
  assert.deepEqual(parseMoneyUnit("Grants under £5k (£000)"), {
    unit: "GBP",
    bound: null,
    scale: 1000,
  });
});

Deno.test("parseMoneyUnit() refuses a scale it cannot read rather than guess one", () => {
  assertThrowsWith(
    () => parseMoneyUnit("Spend (£00)"),
    SyntaxError,
    'Cannot read the money unit of "Spend (£00)": "00" after the £ sign is not a scale ' +
      "(expected £, £000, £k, £m or £bn)",
  );
  assertThrowsWith(
    () => parseMoneyUnit("Spend (£ hundreds)"),
    SyntaxError,
    'Cannot read the money unit of "Spend (£ hundreds)": "hundreds" after the £ sign is not a ' +
      "scale (expected £, £000, £k, £m or £bn)",
  );
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
