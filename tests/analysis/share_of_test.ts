import assert from "node:assert/strict";
import { shareOf } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { assertClose, rows } from "./_assert.ts";

// leicester_council_foi_child_victims_2020_21.txt line 93: budget £705,672; line 97: £186,945
// for the children, young people and family service, "roughly 27% of the annual budget".
Deno.test("shareOf() gives the children's share of the council's budget against 'roughly 27%'", async () => {
  const r = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
    stated: "cyp_share",
    by: ["financial_year"],
  });
  const [row] = rows(r);
  assert.equal(row.part, 186945);
  assert.equal(row.whole, 705672);
  // 186,945 / 705,672 = 0.264917… = 26.49%
  assertClose(row.share, (186945 / 705672) * 100);
  assertClose(row.share, 26.4917695473, 8);
  assert.equal(row.stated_share, 27);
  assert.equal(row.stated_approximate, true);
  // 26.4918 − 27 = −0.5082 points: further than rounding to the nearest whole percent allows,
  // but "roughly" hedges the figure: a whole point either way, 26% to 28% (statedTolerance()).
  assertClose(row.difference, -0.5082304527, 8);
  assert.equal(row.tolerance, 1);
  assert.equal(row.status, "reproduced");
  assert.equal(row.consistent, true);
  assert.equal(row.approximate, false);
  assert.equal(
    row.note,
    "computed 26.49%; stated roughly 27%: 0.51 points apart; the computed share rounds to 26%",
  );
  // An explicit tolerance of half a point, as for a plain "27%", finds the share rounded up.
  const strict = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
    stated: "cyp_share",
    tolerance: 0.5,
  });
  assert.deepEqual([strict.get("status", 0), strict.get("consistent", 0)], [
    "discrepancy",
    false,
  ]);
});

Deno.test("shareOf() gives a plain stated share half a point either way", async () => {
  // The same figures with the hedge taken away: a plain "27%" is 26.5% to 27.5%.
  const plain = (await load("council_dsv_budget", { stated: true })).derive({
    approximate: () => false,
  });
  const r = shareOf(plain, {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
    stated: "cyp_share",
  });
  assert.deepEqual([r.get("tolerance", 0), r.get("status", 0)], [0.5, "discrepancy"]);
});

Deno.test("shareOf() calls a share with nothing stated to check not computable", async () => {
  const r = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
  });
  assert.deepEqual([r.get("status", 0), r.get("consistent", 0), r.get("tolerance", 0)], [
    "not-computable",
    null,
    null,
  ]);
});

Deno.test("shareOf() says which figure is missing", async () => {
  const r = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "no_such_measure",
  });
  assert.equal(r.get("share", 0), null);
  assert.equal(r.get("missing_reason", 0), "whole: no row");
});

Deno.test("shareOf() requires the part and the whole", async () => {
  const t = await load("council_dsv_budget", { stated: true });
  assertThrowsWith(
    () => shareOf(t, { part: "cyp_service_contract_value" } as never),
    TypeError,
    'Cannot compute shareOf(): option "whole" is required: the measure of the whole, got undefined',
  );
});
