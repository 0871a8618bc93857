import assert from "node:assert/strict";
import { isNumberWord, parseNumberWord } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("parseNumberWord() reads the counts the framework writes as words", () => {
  // llr_opcc_commissioning_framework_2024_25.txt lines 7, 12, 81, 108 and 126
  assert.equal(parseNumberWord("two"), 2);
  assert.equal(parseNumberWord("four"), 4);
  assert.equal(parseNumberWord("nine"), 9);
  assert.equal(parseNumberWord("three"), 3);
  assert.equal(parseNumberWord("Three"), 3);
  assert.equal(parseNumberWord(" twenty "), 20);
  assert.equal(parseNumberWord("zero"), 0);
});

Deno.test("parseNumberWord() rejects anything but a word from zero to twenty", () => {
  for (const text of ["twenty-one", "several", "9", ""]) {
    assertThrowsWith(
      () => parseNumberWord(text),
      SyntaxError,
      `Cannot parse number word "${text}": expected a word from zero to twenty`,
    );
  }
  assertThrowsWith(
    () => parseNumberWord(9 as unknown as string),
    TypeError,
    "Cannot parse number word 9: expected a string",
  );
});

Deno.test("isNumberWord() says whether parseNumberWord() would read the text", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 81: "nine CSPs"; line 47: "one plus one"
  assert.equal(isNumberWord("nine"), true);
  assert.equal(isNumberWord("One"), true);
  assert.equal(isNumberWord("9"), false);
  assert.equal(isNumberWord("CSPs"), false);
  assert.equal(isNumberWord(null as unknown as string), false);
});
