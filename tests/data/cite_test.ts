import assert from "node:assert/strict";
import { aq, cite, load, md, readManifest } from "../../lib/mod.ts";

const { op } = aq;

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";

Deno.test("cite() gives a row's document reference and line", async () => {
  // FOI 0004-24 line 79: Victim First's funding for 2021/22, £561,813.
  const row = (await load("victim_first_under18")).object(0);
  assert.equal(cite(row), "FOI 0004-24, line 79");
});

Deno.test("cite() gives the span of several rows' lines, from rows or the table", async () => {
  // Commissioning Framework lines 186-194: Table 1's nine Community Safety Partnership rows.
  const csp = (await load("commissioning_spend")).filter((d) => op.startswith(d.project, "CSP - "));
  assert.equal(csp.numRows(), 9);
  assert.equal(cite(csp), "Commissioning Framework 2024-25, lines 186–194");
  assert.equal(cite(csp.objects()), "Commissioning Framework 2024-25, lines 186–194");
});

Deno.test("cite() names each document of rows from several, in order of first appearance", () => {
  const rows = [
    { seed: FRAMEWORK, line: 201 },
    { seed: "llr_opcc_foi_0004_24_under18_services.txt", line: 80 },
    { seed: FRAMEWORK, line: 221 },
  ];
  assert.equal(
    cite(rows),
    "Commissioning Framework 2024-25, lines 201–221; FOI 0004-24, line 80",
  );
});

Deno.test("cite() gives a document's reference from its file name or manifest entry", async () => {
  assert.equal(cite("nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt"), "FOI 2838/15");
  const [first] = await readManifest();
  assert.equal(cite(first), "FOI 0004-24");
});

Deno.test("cite() goes into md as plain text", async () => {
  const row = (await load("asb_support")).object(0);
  // FOI 0017/24 line 51: "105 referrals were made to the service for victims of ASB".
  assert.equal(md`${row.measure} (${cite(row)})`.text, "referrals (FOI 0017/24, line 51)");
});

Deno.test("cite() refuses no rows, a row without a seed or line, and an unknown document", () => {
  assert.throws(() => cite([]), new TypeError("Cannot cite: no rows given"));
  assert.throws(
    () => cite([{ seed: FRAMEWORK, line: 201 }, { seed: FRAMEWORK, line: 0 }]),
    new TypeError(
      `Cannot cite row 2: expected a seed file and a line, got {"seed":"${FRAMEWORK}","line":0}`,
    ),
  );
  assert.throws(
    () => cite({ seed: "notes.txt", line: 3 }),
    new RangeError('Cannot cite "notes.txt": it is not a document in the seed manifest'),
  );
});
