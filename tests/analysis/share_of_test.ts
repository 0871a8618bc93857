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
  // 26.4918 − 27 = −0.5082 points: further than rounding to a whole percent allows
  assertClose(row.difference, -0.5082304527, 8);
  assert.equal(row.consistent, false);
  assert.equal(row.approximate, false);
  assert.equal(
    row.note,
    "computed 26.49%; stated roughly 27%: 0.51 points apart; the computed share rounds to 26%",
  );
  const loose = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
    stated: "cyp_share",
    tolerance: 1,
  });
  assert.equal(loose.get("consistent", 0), true);
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
