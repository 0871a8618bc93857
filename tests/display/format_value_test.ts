import assert from "node:assert/strict";
import { formatValue } from "../../lib/display/mod.ts";

Deno.test("formatValue() writes Table 1's TOTAL as pounds with thousands separators", () => {
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 201: 4,654,011
  assert.equal(formatValue(4654011, "gbp"), "£4,654,011");
  assert.equal(formatValue(1485, "gbp"), "£1,485");
  assert.equal(formatValue(999, "gbp"), "£999");
  assert.equal(formatValue(0, "gbp"), "£0");
});

Deno.test("formatValue() writes pence to two places and negative amounts with a leading minus", () => {
  assert.equal(formatValue(12.5, "gbp"), "£12.50");
  assert.equal(formatValue(-1200, "gbp"), "-£1,200");
  assert.equal(formatValue(1234567.891, "gbp"), "£1,234,567.89");
});

Deno.test("formatValue() writes percentages as stored, to at most one decimal place", () => {
  // seeds/leicester_council_foi_child_victims_2020_21.txt line 97: "roughly 27%"
  assert.equal(formatValue(27, "percent"), "27%");
  assert.equal(formatValue(12.25, "percent"), "12.3%");
  assert.equal(formatValue(12.5, "percent"), "12.5%");
});

Deno.test("formatValue() groups counts and plain numbers", () => {
  assert.equal(formatValue(1351, "count"), "1,351");
  assert.equal(formatValue(1234567.5, "number"), "1,234,567.5");
  assert.equal(formatValue(0.25, "number"), "0.25");
});

Deno.test("formatValue() writes null as an em dash, or the text asked for", () => {
  assert.equal(formatValue(null, "gbp"), "—");
  assert.equal(formatValue(null, "count", { missing: "n/a" }), "n/a");
});

Deno.test("formatValue() refuses NaN, infinities and unknown formats", () => {
  assert.throws(
    () => formatValue(Number.NaN, "gbp"),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot format value "NaN" as gbp: it is not a finite number',
  );
  assert.throws(
    () => formatValue(Infinity, "count"),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot format value "Infinity" as count: it is not a finite number',
  );
  assert.throws(
    () => formatValue(1, "euro" as "gbp"),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        'Cannot format value: format "euro" is not one of "gbp", "count", "percent", "number"',
  );
});
