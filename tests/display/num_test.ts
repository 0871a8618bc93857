import assert from "node:assert/strict";
import { num } from "../../lib/display/mod.ts";

Deno.test("num() writes a plain number to fixed decimal places, grouped", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 80: the 2022-23 quarters
  assert.equal(num((510 + 448 + 422 + 415) / 4, 1).text, "448.8");
  assert.equal(num(1795 / 1351, 2).text, "1.33");
  assert.equal(num(2605571).text, "2,605,571");
  assert.equal(num(81).text, "81");
});

Deno.test("num() writes a rise signed when asked", () => {
  assert.equal(num(0.5, 1, { signed: true }).text, "+0.5");
  assert.equal(num(-0.5, 1, { signed: true }).text, "-0.5");
});

Deno.test("num() refuses a string and bad digits", () => {
  assert.throws(
    () => num("12" as unknown as number),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message === 'Cannot write number "12": it is not a finite number',
  );
  assert.throws(
    () => num(1, 7),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === "Cannot write number: digits must be a whole number from 0 to 6, got 7",
  );
});
