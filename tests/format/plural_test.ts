import assert from "node:assert/strict";
import { missingCell, plural } from "../../lib/format/mod.ts";

Deno.test("plural() writes the noun in the singular for one and groups the count", () => {
  assert.equal(plural(0, "finding"), "0 findings");
  assert.equal(plural(1, "notebook"), "1 notebook");
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 80: 1,795 referrals in 2022-23
  assert.equal(plural(1795, "referral"), "1,795 referrals");
  assert.equal(plural(3, "child", "children"), "3 children");
});

Deno.test("missingCell() writes a symbol and keeps a reason that says something", () => {
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 165: an empty cell
  assert.deepEqual(missingCell("Empty cell"), { text: "[x]", reason: "Empty cell" });
  assert.deepEqual(missingCell("  "), { text: "[x]", reason: null });
  assert.deepEqual(missingCell(undefined), { text: "[x]", reason: null });
});
