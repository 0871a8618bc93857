import assert from "node:assert/strict";
import { pct } from "../../lib/display/mod.ts";

Deno.test("pct() writes a percentage to the decimal places asked for", () => {
  // seeds/leicester_council_foi_child_victims_2020_21.txt line 97: £186,945 of £705,672
  const share = (186945 / 705672) * 100; // 26.4917…
  assert.equal(pct(share).text, "26.5%");
  assert.equal(pct(share, 2).text, "26.49%");
  assert.equal(pct(share, 0).text, "26%");
  assert.equal(pct(27, 2).text, "27.00%");
  assert.equal(pct(1234.5, 1).text, "1,234.5%");
});

Deno.test("pct() writes changes signed and differences of percentages in points", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80: (1795 − 1351) / 1351
  assert.equal(pct(((1795 - 1351) / 1351) * 100, 1, { signed: true }).text, "+32.9%");
  assert.equal(pct((186945 / 705672) * 100 - 27, 2, { unit: " points" }).text, "-0.51 points");
});

Deno.test("pct() drops the sign of a figure that rounds to zero", () => {
  assert.equal(pct(-0.04).text, "0.0%");
  assert.equal(pct(0.04, 1, { signed: true }).text, "0.0%");
});

Deno.test("pct() refuses bad digits, a bad unit and a missing value", () => {
  assert.throws(
    () => pct(5, 1.5),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        "Cannot write percentage: digits must be a whole number from 0 to 6, got 1.5",
  );
  assert.throws(
    () => pct(5, 1, { unit: "pp" as "%" }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot write percentage: option "unit" must be "%" or " points", got "pp"',
  );
  assert.throws(
    () => pct(null as unknown as number),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot write percentage null: the value is missing, so say why in words instead",
  );
});
