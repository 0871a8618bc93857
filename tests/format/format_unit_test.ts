import assert from "node:assert/strict";
import { formatUnit, unitFormat } from "../../lib/format/mod.ts";

Deno.test("formatUnit() writes each dataset unit by the one rule", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 79
  assert.equal(formatUnit(561813, "GBP"), "£561,813");
  assert.equal(formatUnit(1351, "count"), "1,351");
  // seeds/leicester_council_foi_child_victims_2020_21.txt line 97: "roughly 27%"
  assert.equal(formatUnit(27, "percent"), "27.0%");
  // seeds/llr_opcc_foi_0017_24_asb_support.txt line 38: an initial period of 3 years
  assert.equal(formatUnit(3, "years"), "3 years");
  assert.equal(formatUnit(1, "years"), "1 year");
  // line 51: the previous 12 months
  assert.equal(formatUnit(12, "months"), "12 months");
  assert.equal(formatUnit(-1, "months", { signed: true }), "-1 month");
  assert.equal(formatUnit(2.5, "hours"), "2.5 hours");
  assert.equal(formatUnit(1234.5, null), "1,234.5");
});

Deno.test("formatUnit() writes a difference of percentages in points, and a missing figure as a dash", () => {
  // 186,945 ÷ 705,672 × 100 − 27 = −0.5082…
  const difference = 186945 / 705672 * 100 - 27;
  assert.equal(formatUnit(difference, "percent", { delta: true, signed: true }), "-0.5 pp");
  assert.equal(formatUnit(difference, "percent", { delta: true, digits: 2 }), "-0.51 pp");
  assert.equal(formatUnit(null, "GBP"), "—");
  assert.equal(formatUnit(null, "years"), "—");
});

Deno.test("unitFormat() maps the datasets' units to formats", () => {
  assert.deepEqual(
    ["GBP", "count", "percent", "years", "months", "", 3, undefined].map(unitFormat),
    ["gbp", "count", "percent", "number", "number", "number", "number", "number"],
  );
});
