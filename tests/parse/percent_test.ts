import assert from "node:assert/strict";
import fc from "fast-check";
import { parsePercent } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("parsePercent() reads a hedged percentage from the seed documents", () => {
  // leicester_council_foi_child_victims_2020_21.txt line 97
  assert.deepEqual(parsePercent("roughly 27%"), {
    value: 27,
    approximate: true,
    bound: null,
    raw: "roughly 27%",
  });
});

Deno.test("parsePercent() reads a per cent sign or the words per cent", () => {
  assert.deepEqual(parsePercent("27%"), { value: 27, approximate: false, bound: null, raw: "27%" });
  assert.equal(parsePercent("27.5 per cent").value, 27.5);
  assert.equal(parsePercent("27 percent").value, 27);
  assert.equal(parsePercent(" 27 % ").value, 27);
  assert.equal(parsePercent("-3.5%").value, -3.5);
});

Deno.test("parsePercent() marks hedging words approximate and bound words as bounds", () => {
  for (const text of ["c. 27 %", "c27%", "circa 27%", "around 27%", "about 27%", "approx. 27%"]) {
    const percent = parsePercent(text);
    assert.deepEqual([percent.value, percent.approximate, percent.bound], [27, true, null], text);
  }
  assert.equal(parsePercent("nearly 30%").approximate, true);
  assert.equal(parsePercent("almost 30%").approximate, true);
  // A bound is exact about where the figure lies, so it is not also approximate
  const over = parsePercent("over 50%");
  assert.deepEqual([over.approximate, over.bound], [false, "lower"]);
  assert.equal(parsePercent("less than 5%").bound, "upper");
});

Deno.test("parsePercent() rejects text that is not a percentage", () => {
  const cases: [string, string][] = [
    ["27", "there is no per cent sign"],
    ["27 apples", 'unexpected text "apples"'],
    ["%", "expected a number such as 27%"],
    ["", "the text is empty"],
    ["1,00%", "digit groups must have three digits"],
  ];
  for (const [text, reason] of cases) {
    assertThrowsWith(
      () => parsePercent(text),
      SyntaxError,
      `Cannot parse percentage "${text}": ${reason}`,
    );
  }
});

Deno.test("parsePercent() reads back any percentage with up to two decimals", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000 }), (hundredths) => {
      const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}%`;
      assert.equal(parsePercent(text).value, hundredths / 100);
    }),
  );
});

Deno.test("parsePercent() never returns NaN: any string gives a finite number or a built-in error", () => {
  const percentish = fc.string({ unit: fc.constantFrom(..."0123456789,.-% perctabout") });
  fc.assert(
    fc.property(fc.oneof(fc.string(), percentish), (text) => {
      try {
        assert.ok(Number.isFinite(parsePercent(text).value));
      } catch (error) {
        assert.ok(error instanceof SyntaxError || error instanceof RangeError, String(error));
        assert.ok(error.message.startsWith(`Cannot parse percentage "${text}": `));
      }
    }),
    { numRuns: 2000 },
  );
});
