import assert from "node:assert/strict";
import { CHECK_STATUSES, reconcile, shareOf, STATUS_MEANINGS } from "../../lib/analysis/mod.ts";
import { FINDING_STATUSES } from "../../lib/findings/mod.ts";
import { load } from "../../lib/mod.ts";

Deno.test("the findings, reconcile() and shareOf() speak the one status vocabulary", async () => {
  assert.equal(FINDING_STATUSES, CHECK_STATUSES);
  // llr_opcc_commissioning_framework_2024_25.txt lines 201 and 221: both TOTALs reproduce.
  const totals = reconcile(await load("commissioning_spend", { stated: true }), {
    by: ["section"],
  });
  // leicester_council_foi_child_victims_2020_21.txt line 97: "roughly 27%" against 26.49%.
  const share = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
    stated: "cyp_share",
  });
  for (const status of [...totals.array("status"), ...share.array("status")]) {
    assert.ok(CHECK_STATUSES.includes(status), status);
  }
});

Deno.test("every status is explained in one sentence", () => {
  for (const status of CHECK_STATUSES) {
    const text = STATUS_MEANINGS[status];
    assert.match(text, /^[A-Z][^.]*(\.[^.]+)*\.$/, status);
    assert.equal(text.split(". ").length, 1, `${status}: one sentence`);
  }
});
