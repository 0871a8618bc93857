import assert from "node:assert/strict";
import fc from "fast-check";
import { parseCount } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { groupThousands } from "./_assert.ts";

Deno.test("parseCount() reads whole numbers with or without thousands commas", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 79
  assert.equal(parseCount("1351"), 1351);
  // leicester_council_foi_child_victims_2020_21.txt line 68 writes 1171; grouped it is 1,171
  assert.equal(parseCount("1171"), 1171);
  assert.equal(parseCount("1,171"), 1171);
  // leicester_council_foi_child_victims_2020_21.txt line 29, with the tab around it
  assert.equal(parseCount("\t67 "), 67);
  assert.equal(parseCount("0"), 0);
});

Deno.test("parseCount() reads the quarterly figures that add up to the yearly total", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 80: 510 + 448 + 422 + 415 = 1795
  const quarters = ["510", "448", "422", "415"].map(parseCount);
  assert.equal(quarters.reduce((a, b) => a + b, 0), parseCount("1795"));
});

Deno.test("parseCount() rejects text that is not a non-negative whole number", () => {
  const cases: [string, string][] = [
    ["1,17", "digit groups must have three digits"],
    ["1,00,000", "digit groups must have three digits"],
    ["3.5", "a count must be a whole number"],
    ["-2", "a count cannot be negative"],
    ["", "the text is empty"],
    ["  ", "the text is empty"],
    ["1 000", "there is a space inside the number"],
    ["007", "the number has a leading zero"],
    ["abc", "expected a whole number such as 1,171"],
    ["<5", "expected a whole number such as 1,171"],
    ["£5", "expected a whole number such as 1,171"],
  ];
  for (const [text, reason] of cases) {
    assertThrowsWith(
      () => parseCount(text),
      SyntaxError,
      `Cannot parse count "${text}": ${reason}`,
    );
  }
});

Deno.test("parseCount() rejects a count too large to hold exactly", () => {
  assertThrowsWith(
    () => parseCount("9,007,199,254,740,993"),
    RangeError,
    'Cannot parse count "9,007,199,254,740,993": the number is too large to hold exactly',
  );
});

Deno.test("parseCount() reads back any count written with or without separators", () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 10n }), (n) => {
      assert.equal(parseCount(groupThousands(n)), Number(n));
      assert.equal(parseCount(` ${n} `), Number(n));
    }),
  );
});

Deno.test("parseCount() never returns NaN: any string gives a safe integer or a built-in error", () => {
  const countish = fc.string({ unit: fc.constantFrom(..."0123456789,.- ") });
  fc.assert(
    fc.property(fc.oneof(fc.string(), countish), (text) => {
      try {
        const n = parseCount(text);
        assert.ok(Number.isSafeInteger(n) && n >= 0);
      } catch (error) {
        assert.ok(error instanceof SyntaxError || error instanceof RangeError, String(error));
        assert.ok(error.message.startsWith(`Cannot parse count "${text}": `));
      }
    }),
    { numRuns: 2000 },
  );
});
