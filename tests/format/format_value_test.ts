import assert from "node:assert/strict";
import { formatValue } from "../../lib/format/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

// FOI 0004-24 (seeds/llr_opcc_foi_0004_24_under18_services.txt) lines 79-80: Victim First's
// funding £561,813 in 2021-22 and £572,798 in 2022-23; referrals 1,351 and 1,795.
const FUNDING_2021_22 = 561813;
const FUNDING_2022_23 = 572798;

Deno.test("formatValue() writes money in whole pounds with thousands separators", () => {
  assert.equal(formatValue(FUNDING_2021_22, "gbp"), "£561,813");
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 201: Table 1's TOTAL
  assert.equal(formatValue(4654011, "gbp"), "£4,654,011");
  assert.equal(formatValue(999, "gbp"), "£999");
  assert.equal(formatValue(0, "gbp"), "£0");
});

Deno.test("formatValue() writes pence only when the amount rounded to pence has them", () => {
  // 561,813 / 1,351 = 415.8497…: £415.85 per referral
  assert.equal(formatValue(FUNDING_2021_22 / 1351, "gbp"), "£415.85");
  assert.equal(formatValue(0.5, "gbp"), "£0.50");
  assert.equal(formatValue(415.999, "gbp"), "£416");
  assert.equal(formatValue(0.004, "gbp"), "£0");
  assert.equal(formatValue(FUNDING_2021_22 / 1351, "gbp", { digits: 0 }), "£416");
});

Deno.test("formatValue() writes counts whole with separators", () => {
  assert.equal(formatValue(1351, "count"), "1,351");
  assert.equal(formatValue(1351 + 1795, "count"), "3,146");
  assert.equal(formatValue(0, "count"), "0");
});

Deno.test("formatValue() writes percentages to one fixed decimal", () => {
  // (572,798 − 561,813) ÷ 561,813 × 100 = 1.9552769…
  assert.equal(
    formatValue((FUNDING_2022_23 - FUNDING_2021_22) / FUNDING_2021_22 * 100, "percent"),
    "2.0%",
  );
  // seeds/leicester_council_foi_child_victims_2020_21.txt line 97: "roughly 27%"
  assert.equal(formatValue(27, "percent"), "27.0%");
  // 186,945 ÷ 705,672 × 100 = 26.4917… (same line)
  assert.equal(formatValue(186945 / 705672 * 100, "percent"), "26.5%");
  assert.equal(formatValue(186945 / 705672 * 100, "percent", { digits: 2 }), "26.49%");
  assert.equal(formatValue(0, "percent"), "0.0%");
});

Deno.test("formatValue() writes differences of percentages in percentage points", () => {
  // 26.4917… − 27 = −0.5082…
  assert.equal(formatValue(186945 / 705672 * 100 - 27, "points"), "-0.5 pp");
  assert.equal(formatValue(186945 / 705672 * 100 - 27, "points", { digits: 2 }), "-0.51 pp");
});

Deno.test("formatValue() writes plain numbers with every digit, the whole part grouped", () => {
  assert.equal(formatValue(1234567.5, "number"), "1,234,567.5");
  assert.equal(formatValue(0.25, "number"), "0.25");
  assert.equal(formatValue(1795 / 1351, "number", { digits: 2 }), "1.33");
});

Deno.test("formatValue() rounds half away from zero on the decimal as printed", () => {
  assert.equal(formatValue(0.15, "percent"), "0.2%");
  assert.equal(formatValue(2.25, "percent"), "2.3%");
  assert.equal(formatValue(-2.25, "percent"), "-2.3%");
  assert.equal(formatValue(2.24999, "percent"), "2.2%");
  assert.equal(formatValue(1.005, "gbp"), "£1.01");
  assert.equal(formatValue(2.675, "number", { digits: 2 }), "2.68");
  assert.equal(formatValue(999.95, "percent"), "1,000.0%");
  assert.equal(formatValue(1350.5, "count"), "1,351");
});

Deno.test("formatValue() writes a fall with a minus before the pound sign", () => {
  assert.equal(formatValue(-1200, "gbp"), "-£1,200");
  assert.equal(formatValue(FUNDING_2021_22 - FUNDING_2022_23, "gbp", { signed: true }), "-£10,985");
  assert.equal(formatValue(-444, "count"), "-444");
});

Deno.test("formatValue() writes a change signed, and a change that rounds to zero unsigned", () => {
  assert.equal(formatValue(FUNDING_2022_23 - FUNDING_2021_22, "gbp", { signed: true }), "+£10,985");
  assert.equal(formatValue(1795 - 1351, "count", { signed: true }), "+444");
  assert.equal(formatValue(0, "gbp", { signed: true }), "£0");
  assert.equal(formatValue(0.04, "percent", { signed: true }), "0.0%");
  assert.equal(formatValue(-0.04, "percent", { signed: true }), "0.0%");
  assert.equal(formatValue(-0, "count"), "0");
});

Deno.test("formatValue() writes very large and very small numbers in full, without an exponent", () => {
  assert.equal(formatValue(1e21, "gbp"), "£1,000,000,000,000,000,000,000");
  assert.equal(formatValue(123456789012345680000, "count"), "123,456,789,012,345,680,000");
  assert.equal(formatValue(1e-7, "number"), "0.0000001");
  assert.equal(formatValue(1.5e-7, "percent"), "0.0%");
  assert.equal(formatValue(5e-7, "number", { digits: 6 }), "0.000001");
});

Deno.test("formatValue() writes null as an em dash, or the text asked for", () => {
  assert.equal(formatValue(null, "gbp"), "—");
  assert.equal(formatValue(null, "percent", { signed: true }), "—");
  assert.equal(formatValue(null, "count", { missing: "n/a" }), "n/a");
});

Deno.test("formatValue() refuses NaN, infinities, unknown formats and bad digits", () => {
  assertThrowsWith(
    () => formatValue(Number.NaN, "gbp"),
    RangeError,
    'Cannot format value "NaN" as gbp: it is not a finite number',
  );
  assertThrowsWith(
    () => formatValue(Infinity, "count"),
    RangeError,
    'Cannot format value "Infinity" as count: it is not a finite number',
  );
  assertThrowsWith(
    () => formatValue(1, "euro" as "gbp"),
    RangeError,
    'Cannot format value: format "euro" is not one of "gbp", "count", "percent", "points", "number"',
  );
  assertThrowsWith(
    () => formatValue(1, "percent", { digits: 1.5 }),
    RangeError,
    'Cannot format value: digits "1.5" must be a whole number from 0 to 20',
  );
});
