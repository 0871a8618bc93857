import assert from "node:assert/strict";
import { count } from "../../lib/display/mod.ts";

Deno.test("count() groups a count with thousands separators", () => {
  // seeds/leicester_council_foi_child_victims_2020_21.txt line 68: 1171
  assert.equal(count(1171).text, "1,171");
  assert.equal(count(0).text, "0");
  assert.equal(count(-17).text, "-17");
});

Deno.test("count() writes a rise with a plus sign when signed", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80: 1795 − 1351
  assert.equal(count(1795 - 1351, { signed: true }).text, "+444");
  assert.equal(count(339 - 356, { signed: true }).text, "-17");
});

Deno.test("count() refuses a fraction, pointing to num()", () => {
  // (510 + 448 + 422 + 415) / 4 = 448.75, an average, not a count
  assert.throws(
    () => count((510 + 448 + 422 + 415) / 4),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === "Cannot write count 448.75: it is not a whole number (use num())",
  );
});

Deno.test("count() refuses a missing value", () => {
  assert.throws(
    () => count(undefined as unknown as number),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot write count undefined: the value is missing, so say why in words instead",
  );
});
