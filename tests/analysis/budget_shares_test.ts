import assert from "node:assert/strict";
import { budgetShares } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { assertClose, columns, rows } from "./_assert.ts";

// llr_opcc_commissioning_framework_2024_25.txt, Table 1 (lines 152-221).
Deno.test("budgetShares() gives victim services' share of all the framework's spend", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  const { shares, reconciliation } = budgetShares(spend, {
    by: ["priority"],
    totalsBy: ["section"],
  });
  const vs = rows(shares).find((r) => r.priority === "Victim Services");
  // Commissioned (lines 153-159, 199): 500,000 + 80,000 + 67,906 + 20,000 + 435,455 + 177,053
  //   + 28,700 + 103,500 = 1,412,614
  // Grants (lines 209-220): 100,167 + 32,814 + 43,500 + 28,158 + 40,805 + 56,730 + 38,388
  //   + 25,906 + 31,800 + 7,625 + 29,450 + 669,809 = 1,105,152
  // 1,412,614 + 1,105,152 = 2,517,766 of 4,654,011 + 2,020,226 = 6,674,237: 37.72…%
  assert.equal(vs?.value, 2517766);
  assert.equal(vs?.rows, 8 + 12);
  assertClose(vs?.share, (2517766 / 6674237) * 100);
  assertClose(vs?.share, 37.7236529059, 8);
  const all = shares.array("share") as number[];
  assertClose(all.reduce((a, b) => a + b), 100);
  assert.deepEqual(reconciliation.array("status"), ["reproduced", "reproduced"]);
});

Deno.test("budgetShares() shares commissioned against grants and checks both TOTAL rows", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  const { shares, reconciliation } = budgetShares(spend, {
    by: ["section"],
    totalsBy: ["section"],
  });
  assert.deepEqual(columns(shares, ["section", "value", "rows", "no_value"]), {
    section: ["commissioned", "grants"],
    value: [4654011, 2020226], // the parts reproduce lines 201 and 221 exactly
    rows: [47, 17],
    no_value: [2, 0],
  });
  assertClose(shares.get("share", 0), (4654011 / 6674237) * 100); // 69.73…%
  assert.deepEqual(columns(reconciliation, ["stated", "computed", "difference", "status"]), {
    stated: [4654011, 2020226],
    computed: [4654011, 2020226],
    difference: [0, 0],
    status: ["reproduced", "reproduced"],
  });
});

Deno.test("budgetShares() reports the rows with no spend instead of dropping them", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  const { shares, noValue } = budgetShares(spend, { by: ["priority"] });
  // Lines 165 and 167: Adults Safeguarding Board, Leicester City and Leicestershire County, empty.
  assert.deepEqual(columns(noValue, ["project", "provider", "value", "missing_reason", "line"]), {
    project: ["Adults Safeguarding Board", "Adults Safeguarding Board"],
    provider: ["Leicester City Council", "Leicestershire County Council"],
    value: [null, null],
    missing_reason: ["Empty cell", "Empty cell"],
    line: [165, 167],
  });
  const vulnerability = rows(shares).find((r) => r.priority === "Vulnerability");
  assert.equal(vulnerability?.no_value, 2);
  // 219,287 + 110,371 + 1,485 + 34,000 + 103,700 + 97,500 + 25,000 + 131,073 + 50,000 = 772,416
  assert.equal(vulnerability?.value, 772416);
  assert.equal(vulnerability?.rows, 11); // nine with spend, two without
});

Deno.test("budgetShares() shares within each section when asked", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  const { shares } = budgetShares(spend, { by: ["priority"], within: ["section"] });
  const grants = rows(shares).filter((r) => r.section === "grants");
  assert.deepEqual(grants.map((r) => r.priority), [
    "Victim Services",
    "Prevention",
    "Community Safety",
  ]);
  // Victim services are 1,105,152 of the 2,020,226 in grants: 54.70…%
  assertClose(grants[0].share, (1105152 / 2020226) * 100);
  assertClose(grants[0].share, 54.704374659, 8);
});

// nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt lines 64-66.
Deno.test("budgetShares() keeps a sum approximate when any part is c£", async () => {
  const notts = await load("nottinghamshire_funding");
  const { shares } = budgetShares(notts, { by: ["financial_year"] });
  // 411,834 + c£800,000 + c£230,000 = c£1,441,834
  assert.equal(shares.get("value", 0), 1441834);
  assert.equal(shares.get("approximate", 0), true);
});

Deno.test("budgetShares() asks for the grouping", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  assertThrowsWith(
    () => budgetShares(spend, {} as unknown as { by: string[] }),
    TypeError,
    'Cannot compute budgetShares(): option "by" is required: name the columns to share the budget by, ' +
      'e.g. ["priority"]',
  );
  assertThrowsWith(
    () => budgetShares(spend, { by: ["section"], within: ["section"] }),
    RangeError,
    'Cannot compute budgetShares(): options "within" and "by" both name column "section"',
  );
  // Its tolerance is budgetShares()'s own option, though reconcile()'s check applies it.
  assertThrowsWith(
    () => budgetShares(spend, { by: ["section"], tolerance: -1 }),
    RangeError,
    'Cannot compute budgetShares(): option "tolerance" must be a number of at least 0, got -1',
  );
});

Deno.test("budgetShares() shares by term and by provider", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  const byTerm = rows(budgetShares(spend, { by: ["term"], totalsBy: ["section"] }).shares);
  const long = byTerm.find((r) => r.term === "Long");
  // Long term (lines 153-156, 160-162, 168): 500,000 + 80,000 + 67,906 + 20,000 + 219,287
  //   + 110,371 + 1,485 + 25,000 = 1,024,049
  assert.equal(long?.value, 1024049);
  assertClose(long?.share, (1024049 / 6674237) * 100); // 15.34…%
  const byProvider = rows(budgetShares(spend, { by: ["provider"] }).shares);
  const turningPoint = byProvider.find((r) => r.provider === "Turning Point");
  // Lines 160, 161, 162, 169: 219,287 + 110,371 + 1,485 + 131,073 = 462,216
  assert.equal(turningPoint?.value, 462216);
  assert.equal(turningPoint?.rows, 4);
  // Catch 22 (lines 153, 212, 213): 500,000 + 28,158 + 40,805 = 568,963
  assert.equal(byProvider.find((r) => r.provider === "Catch 22")?.value, 568963);
});
