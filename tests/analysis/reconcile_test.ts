import assert from "node:assert/strict";
import { reconcile } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { rows } from "./_assert.ts";

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";

Deno.test("reconcile() reproduces both TOTAL rows of the framework's Table 1 exactly", async () => {
  const r = reconcile(await load("commissioning_spend", { stated: true }), { by: ["section"] });
  assert.deepEqual(rows(r), [
    {
      section: "commissioned",
      unit: "GBP", // the table's unit column, kept with each group
      stated: 4654011, // line 201
      computed: 4654011, // lines 153-200, 47 rows, two of them empty (lines 165, 167)
      difference: 0,
      tolerance: 0,
      status: "reproduced",
      missing_reason: null,
      parts: 47,
      no_value: 2,
      stated_rows: 1,
      approximate: false,
      stated_at: `${FRAMEWORK}:201`,
    },
    {
      section: "grants",
      unit: "GBP",
      stated: 2020226, // line 221
      computed: 2020226, // lines 204-220, 17 rows
      difference: 0,
      tolerance: 0,
      status: "reproduced",
      missing_reason: null,
      parts: 17,
      no_value: 0,
      stated_rows: 1,
      approximate: false,
      stated_at: `${FRAMEWORK}:221`,
    },
  ]);
});

Deno.test("reconcile() adds up stated totals that share a group", async () => {
  // Without by: both TOTAL rows against all 64 parts: 4,654,011 + 2,020,226 = 6,674,237.
  const r = reconcile(await load("commissioning_spend", { stated: true }));
  assert.equal(r.get("stated", 0), 6674237);
  assert.equal(r.get("computed", 0), 6674237);
  assert.equal(r.get("stated_at", 0), `${FRAMEWORK}:201; ${FRAMEWORK}:221`);
});

// llr_opcc_foi_0017_24_asb_support.txt lines 43-49.
Deno.test("reconcile() checks subtotals and a grand total by choosing the roles", async () => {
  const contract = await load("victim_first_contract", { stated: true });
  const sub = reconcile(contract, { by: ["period"], totalRoles: ["subtotal"] });
  // 500,000 + 510,862 + 521,079 = 1,531,941; 531,500 + 542,130 = 1,073,630 (line 48)
  assert.deepEqual(sub.array("computed"), [1531941, 1073630]);
  assert.deepEqual(sub.array("status"), ["reproduced", "reproduced"]);
  const grand = reconcile(contract, { totalRoles: ["grand_total"] });
  // 1,531,941 + 1,073,630 = 2,605,571 (line 49)
  assert.equal(grand.get("computed", 0), 2605571);
  assert.equal(grand.get("status", 0), "reproduced");
});

// llr_opcc_foi_0004_24_under18_services.txt lines 79-80: the quarters add up to the year.
Deno.test("reconcile() checks quarterly referrals against the annual totals", async () => {
  const vf = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.measure === "under18_referrals"
  );
  const r = reconcile(vf, { by: ["financial_year"] });
  // 352 + 284 + 331 + 384 = 1351; 510 + 448 + 422 + 415 = 1795
  assert.deepEqual(r.array("computed"), [1351, 1795]);
  assert.deepEqual(r.array("stated"), [1351, 1795]);
});

Deno.test("reconcile() reports a discrepancy beyond the tolerance", async () => {
  // The total restated £1 higher stands for a document whose parts do not add up.
  const spend = (await load("commissioning_spend", { stated: true })).derive({
    value: "d => d.role === 'total' && d.section === 'grants' ? d.value + 1 : d.value",
  });
  const r = reconcile(spend, { by: ["section"] });
  assert.deepEqual(r.array("status"), ["reproduced", "discrepancy"]);
  assert.equal(r.get("difference", 1), -1); // 2,020,226 − 2,020,227
  assert.equal(reconcile(spend, { by: ["section"], tolerance: 1 }).get("status", 1), "reproduced");
});

Deno.test("reconcile() calls a group with no stated total not computable, and says why", async () => {
  // llr_opcc_foi_0004_24_under18_services.txt lines 79-80: the funding has no stated total.
  const vf = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.measure === "funding"
  );
  const r = reconcile(vf, { by: ["financial_year"] });
  assert.deepEqual(r.array("status"), ["not-computable", "not-computable"]);
  assert.deepEqual(r.array("missing_reason"), ["no stated total", "no stated total"]);
});

Deno.test("reconcile() rejects a negative tolerance", async () => {
  const spend = await load("commissioning_spend", { stated: true });
  assertThrowsWith(
    () => reconcile(spend, { tolerance: -1 }),
    RangeError,
    'Cannot compute reconcile(): option "tolerance" must be a number of at least 0, got -1',
  );
});
