import assert from "node:assert/strict";
import { extractNottsFoi283815 } from "../../lib/extract/mod.ts";
import { seedText } from "./_seed.ts";

const SEED = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";
const { nottinghamshire_funding: rows } = extractNottsFoi283815(SEED, await seedText(SEED));

Deno.test("Nottinghamshire: Victim Support's nine months and the two approximate 2015-16 totals", () => {
  assert.deepEqual(
    rows.map((
      r,
    ) => [r.financial_year, r.period_start, r.period_end, r.value, r.approximate, r.line]),
    [
      // Line 64: "£411,834 for the period 1 April – 31 December 2015"
      ["2015-16", "2015-04-01", "2015-12-31", 411834, false, 64],
      // Line 65: "the anticipated total for 2015-6 is c£800,000"
      ["2015-16", "2015-04-01", "2016-03-31", 800000, true, 65],
      // Line 66: "during 2015-6 totalling c£230,000"
      ["2015-16", "2015-04-01", "2016-03-31", 230000, true, 66],
    ],
  );
  assert.deepEqual(rows.map((r) => r.raw), ["£411,834", "c£800,000", "c£230,000"]);
});
