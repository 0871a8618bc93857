import assert from "node:assert/strict";
import fc from "fast-check";
import { isMoney, parseMoney } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { groupThousands } from "./_assert.ts";
import { readSeeds } from "../../lib/data/read_seeds.ts";

Deno.test("parseMoney() reads amounts with a £ sign and thousands commas", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 79
  assert.deepEqual(parseMoney("£561,813"), {
    value: 561813,
    approximate: false,
    bound: null,
    raw: "£561,813",
  });
  // llr_opcc_foi_0004_24_under18_services.txt line 57
  assert.equal(parseMoney("£20,000").value, 20000);
  // llr_opcc_foi_0017_24_asb_support.txt line 48
  assert.equal(parseMoney("£1,531,941").value, 1531941);
  // llr_opcc_commissioning_framework_2024_25.txt line 37
  assert.equal(parseMoney("£80,000").value, 80000);
  // llr_opcc_commissioning_framework_2024_25.txt line 157 has 435,455 with the £ in no cell
  assert.equal(parseMoney("£435,455").value, 435455);
});

Deno.test("parseMoney() reads bare numbers from a spend column", () => {
  // llr_opcc_commissioning_framework_2024_25.txt lines 201, 162, 157 (column "24/25 Spend")
  assert.equal(parseMoney("4,654,011").value, 4654011);
  assert.equal(parseMoney("1,485").value, 1485);
  assert.equal(parseMoney("435,455").value, 435455);
  // Without £ the same figure as llr_opcc_foi_0004_24_under18_services.txt line 79
  assert.equal(parseMoney("561,813").value, 561813);
  assert.equal(parseMoney("500").value, 500);
});

Deno.test("parseMoney() keeps pence", () => {
  // 1,329,399 pounds and 26 pence = 132939926 / 100
  assert.equal(parseMoney("£1,329,399.26").value, 132939926 / 100);
  assert.equal(parseMoney("£0.50").value, 0.5);
});

Deno.test("parseMoney() ignores surrounding whitespace and keeps the raw text", () => {
  const money = parseMoney("  £500,000\t");
  assert.equal(money.value, 500000);
  assert.equal(money.raw, "  £500,000\t");
  assert.equal(parseMoney("£ 500").value, 500);
});

Deno.test("parseMoney() marks c, c. and circa as approximate", () => {
  // nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt lines 65 and 66
  assert.deepEqual(parseMoney("c£800,000"), {
    value: 800000,
    approximate: true,
    bound: null,
    raw: "c£800,000",
  });
  assert.equal(parseMoney("c£230,000").approximate, true);
  assert.equal(parseMoney("c. £800,000").value, 800000);
  assert.equal(parseMoney("c. £800,000").approximate, true);
  assert.equal(parseMoney("circa £230,000").approximate, true);
  assert.equal(parseMoney("about £5m").approximate, true);
  assert.equal(parseMoney("£230,000").approximate, false);
});

Deno.test("parseMoney() reads bound words as upper and lower bounds", () => {
  // The (£ up to) header of llr_opcc_foi_0017_24_asb_support.txt line 42, written in the cell
  assert.equal(parseMoney("up to £500,000").bound, "upper");
  // llr_opcc_commissioning_framework_2024_25.txt line 85: "in amounts less than £20,000"
  assert.deepEqual(parseMoney("less than £20,000"), {
    value: 20000,
    approximate: false,
    bound: "upper",
    raw: "less than £20,000",
  });
  assert.equal(parseMoney("under £5").bound, "upper");
  assert.equal(parseMoney("more than £5").bound, "lower");
  assert.equal(parseMoney("over £5").bound, "lower");
  assert.equal(parseMoney("at least £5").bound, "lower");
  const both = parseMoney("up to c£1m");
  assert.deepEqual([both.bound, both.approximate, both.value], ["upper", true, 1e6]);
});

Deno.test("parseMoney() multiplies by a written scale", () => {
  assert.equal(parseMoney("£25k").value, 25 * 1000);
  assert.equal(parseMoney("£25K").value, 25 * 1000);
  // 2.765 × 1,000,000 exactly, not 2764999.9999999995
  assert.equal(parseMoney("£2.765m").value, 2765000);
  assert.equal(parseMoney("£1.2 million").value, 1200000);
  assert.equal(parseMoney("£3bn").value, 3 * 1e9);
  assert.equal(parseMoney("£3 billion").value, 3 * 1e9);
  assert.equal(parseMoney("£4.5mn").value, 4500000);
  assert.equal(parseMoney("£7 thousand").value, 7000);
});

Deno.test("parseMoney() applies options.scale only to amounts without a written scale", () => {
  // A column headed (£000): 435 means 435 × 1000 pounds
  assert.equal(parseMoney("435", { scale: 1000 }).value, 435000);
  assert.equal(parseMoney("2.765", { scale: 1000 }).value, 2765);
  assert.equal(parseMoney("£1.234", { scale: 1000 }).value, 1234);
  assert.equal(parseMoney("£2m", { scale: 1000 }).value, 2000000);
  // 1.5 × 2.5 = 3.75
  assert.equal(parseMoney("1.5", { scale: 2.5 }).value, 3.75);
});

Deno.test("parseMoney() reads a minus sign before the £ or parentheses as negative", () => {
  assert.equal(parseMoney("-£5").value, -5);
  assert.equal(parseMoney("−£5").value, -5);
  assert.equal(parseMoney("(£5)").value, -5);
  assert.equal(parseMoney("(1,500)").value, -1500);
  assert.ok(Object.is(parseMoney("-£0").value, 0));
});

Deno.test("parseMoney() reads every £ amount in the seed documents", async () => {
  let seen = 0;
  for (const text of (await readSeeds()).values()) {
    for (const [amount] of text.matchAll(/£\d{1,3}(?:,\d{3})*(?:\.\d{2})?/g)) {
      assert.equal(parseMoney(amount).value, Number(amount.slice(1).replaceAll(",", "")), amount);
      seen++;
    }
  }
  assert.ok(seen >= 20, `expected at least 20 amounts in the seeds, saw ${seen}`);
});

Deno.test("parseMoney() values add up to the sub-totals of the ASB funding table", () => {
  // llr_opcc_foi_0017_24_asb_support.txt lines 43-49
  const initial = ["£500,000", "£510,862", "£521,079"].map((t) => parseMoney(t).value);
  const extension = ["£531,500", "£542,130"].map((t) => parseMoney(t).value);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  assert.equal(sum(initial), parseMoney("£1,531,941").value);
  assert.equal(sum(extension), parseMoney("£1,073,630").value);
  assert.equal(sum(initial) + sum(extension), parseMoney("£2,605,571").value);
});

const REJECTED: [string, string][] = [
  ["£12,34", "digit groups must have three digits"],
  ["£1,2345", "digit groups must have three digits"],
  ["1,00,000", "digit groups must have three digits"],
  ["£1,000,", "digit groups must have three digits"],
  ["£", "there are no digits"],
  ["£-", "there are no digits"],
  ["abc", "there are no digits"],
  ["", "the text is empty"],
  ["   ", "the text is empty"],
  ["12.3.4", "there is more than one decimal point"],
  ["££1,329,399.26", "there is more than one £ sign"],
  ["£334, 818", "there is a space inside the number"],
  ["£1 000", "there is a space inside the number"],
  ["£1,372,554in", 'unexpected text "in" after the number'],
  ["£5min", 'unexpected text "min" after the number'],
  ["1e5", 'unexpected text "e5" after the number'],
  ["cost £5", 'unexpected text "cost £5"'],
  ["£-5", "the minus sign must come before the £ sign"],
  ["£1.234", "there are more than two decimal places"],
  ["£0,500", "the number has a leading zero"],
  ["007", "the number has a leading zero"],
];

Deno.test("parseMoney() rejects malformed amounts with a SyntaxError quoting the text", () => {
  for (const [text, reason] of REJECTED) {
    assertThrowsWith(
      () => parseMoney(text),
      SyntaxError,
      `Cannot parse money "${text}": ${reason}`,
    );
  }
});

Deno.test("parseMoney() rejects a scale that is not a positive number", () => {
  for (const scale of [0, -1000, Number.NaN, Infinity]) {
    assertThrowsWith(
      () => parseMoney("5", { scale }),
      RangeError,
      `Cannot parse money "5": scale "${scale}" must be a positive number`,
    );
  }
});

Deno.test("parseMoney() rejects an amount too large to hold", () => {
  const text = "£" + "9".repeat(400);
  assertThrowsWith(
    () => parseMoney(text),
    RangeError,
    `Cannot parse money "${text}": the amount is too large to hold exactly`,
  );
});

Deno.test("parseMoney() rejects an amount beyond the safe integers, as parseCount() does", () => {
  // 2^53 + 1 = 9,007,199,254,740,993 has no exact double: it would be read as ...992.
  for (
    const text of ["£9,007,199,254,740,993", "£9,007,199,254,740,992", "-£9,007,199,254,740,993"]
  ) {
    assertThrowsWith(
      () => parseMoney(text),
      RangeError,
      `Cannot parse money "${text}": the amount is too large to hold exactly`,
    );
  }
  // 2^53 - 1 is the largest whole number a double holds exactly.
  assert.equal(parseMoney("£9,007,199,254,740,991").value, Number.MAX_SAFE_INTEGER);
  assertThrowsWith(
    () => parseMoney("£9,007,199.254740992bn"),
    RangeError,
    'Cannot parse money "£9,007,199.254740992bn": the amount is too large to hold exactly',
  );
});

Deno.test("parseMoney() refuses brackets after a qualifier rather than read them as a negative", () => {
  for (const text of ["over (5)", "c(£5)", "up to (£5,000)", "approximately (£1m)"]) {
    assertThrowsWith(
      () => parseMoney(text),
      SyntaxError,
      `Cannot parse money "${text}": an amount in brackets after a qualifier may be negative ` +
        "or an aside",
    );
  }
  // Without a qualifier, brackets are the accounting style for a negative amount.
  assert.equal(parseMoney("(£5)").value, -5);
});

Deno.test("parseMoney() rejects text that is not a string", () => {
  assertThrowsWith(
    () => parseMoney(5 as unknown as string),
    TypeError,
    "Cannot parse money 5: expected a string",
  );
});

Deno.test("isMoney() says whether parseMoney() would succeed", () => {
  assert.equal(isMoney("£20,000"), true);
  assert.equal(isMoney("£12,34"), false);
  // llr_opcc_foi_0004_24_under18_services.txt line 57
  assert.equal(isMoney("Information held by NHSE"), false);
});

Deno.test("parseMoney() reads back any whole number of pounds written with separators", () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.boolean(), (n, pound) => {
      const text = `${pound ? "£" : ""}${groupThousands(n)}`;
      assert.equal(parseMoney(text).value, Number(n));
      assert.equal(parseMoney(String(n)).value, Number(n));
    }),
  );
});

Deno.test("parseMoney() reads back any amount written with pence", () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 10n ** 10n }),
      fc.integer({ min: 0, max: 99 }),
      (n, p) => {
        const text = `£${groupThousands(n)}.${String(p).padStart(2, "0")}`;
        // The nearest double to (pounds × 100 + pence) / 100
        assert.equal(parseMoney(text).value, Number(n * 100n + BigInt(p)) / 100);
      },
    ),
  );
});

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

Deno.test("parseMoney() rejects any grouping that is not in threes", () => {
  const badLater = fc.tuple(
    fc.integer({ min: 1, max: 9 }).chain((d) => digits(0, 2).map((s) => `${d}${s}`)),
    fc.array(digits(3, 3)),
    digits(0, 6).filter((g) => g.length !== 3),
    fc.array(digits(3, 3)),
  ).map(([first, before, bad, after]) => [first, ...before, bad, ...after].join(","));
  const badFirst = fc.tuple(
    fc.integer({ min: 1, max: 9 }).chain((d) => digits(3, 5).map((s) => `${d}${s}`)),
    fc.array(digits(3, 3), { minLength: 1 }),
  ).map(([first, rest]) => [first, ...rest].join(","));
  fc.assert(
    fc.property(fc.oneof(badLater, badFirst), fc.constantFrom("", "£"), (run, pound) => {
      const text = pound + run;
      assertThrowsWith(
        () => parseMoney(text),
        SyntaxError,
        `Cannot parse money "${text}": digit groups must have three digits`,
      );
    }),
  );
});

Deno.test("parseMoney() never returns NaN: any string gives a finite number or a built-in error", () => {
  const moneyish = fc.string({ unit: fc.constantFrom(..."£0123456789,.-() ckmbnup to") });
  fc.assert(
    fc.property(fc.oneof(fc.string(), moneyish), (text) => {
      try {
        assert.ok(Number.isFinite(parseMoney(text).value));
      } catch (error) {
        assert.ok(error instanceof SyntaxError || error instanceof RangeError, String(error));
        assert.ok(error.message.startsWith(`Cannot parse money "${text}": `));
      }
    }),
    { numRuns: 2000 },
  );
});
