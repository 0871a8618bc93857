import assert from "node:assert/strict";
import { aq, load } from "../../lib/data/mod.ts";
import { waterfall } from "../../lib/charts/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";
import { assertPlainJson, commissioned, seedInfo } from "./_fixtures.ts";

function notes(figure: { layout: Record<string, unknown> }): string {
  return (figure.layout.annotations as { text: string }[])[0].text;
}

Deno.test("waterfall() sets Table 1's priorities against the stated TOTAL, which they match", async () => {
  const figure = waterfall(await commissioned(), { x: "priority", total: 4654011 }); // line 201
  assert.deepEqual(figure.data[0].x, [
    "Victim Services",
    "Vulnerability",
    "Prevention",
    "Community Safety",
    "Various",
    "Sum of parts",
    "Stated total",
  ]);
  assert.deepEqual((figure.data[0].y as number[]).slice(-2), [4654011, 4654011]);
  assert.deepEqual(figure.data[0].text, [
    "£1,412,614",
    "£772,416",
    "£1,212,075",
    "£659,671",
    "£597,235",
    "£4,654,011",
    "£4,654,011",
  ]);
  assert.ok(
    notes(figure).startsWith(
      "The parts sum to £4,654,011; the document states £4,654,011: they agree<br>" +
        "Missing values left out of the sums: Vulnerability (2 of 11: Empty cell)",
    ),
  );
});

Deno.test("waterfall() shows and states a difference between the parts and the total", async () => {
  // The Victim First contract's years (seeds/llr_opcc_foi_0017_24_asb_support.txt lines 43-47)
  // against its grand total (line 49): 500,000 + 510,862 + 521,079 + 531,500 + 542,130 = 2,605,571.
  const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
  const agree = waterfall(contract, { x: "financial_year", total: 2605571 });
  assert.ok(
    notes(agree).startsWith(
      "The parts sum to £2,605,571; the document states £2,605,571: they agree",
    ),
  );
  const off = waterfall(contract, { x: "financial_year", total: 2605000 });
  assert.ok(
    notes(off).startsWith(
      "The parts sum to £2,605,571; the document states £2,605,000: the stated total is £571 less",
    ),
  );
  assert.deepEqual(off.data[0].measure, [
    "relative",
    "relative",
    "relative",
    "relative",
    "relative",
    "total",
    "absolute",
  ]);
});

Deno.test("waterfall() requires the stated total as a finite number", () => {
  const table = aq.table({ part: ["a"], value: [1] });
  assert.throws(
    () => waterfall(table, { x: "part", total: Number.NaN }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot build waterfall: option "total" is NaN, not a finite number',
  );
});

Deno.test("waterfall() returns plain JSON that matches its snapshot", async () => {
  const figure = waterfall(await commissioned(), {
    x: "priority",
    total: 4654011,
    title: "Commissioned services: priorities against the stated TOTAL",
    source: await seedInfo("commissioning_framework"),
  });
  assertPlainJson(figure);
  await assertSnapshot("waterfall_table1_commissioned", figure);
});
