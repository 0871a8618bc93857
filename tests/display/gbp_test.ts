import assert from "node:assert/strict";
import { gbp } from "../../lib/display/mod.ts";
import { formatValue } from "../../lib/format/mod.ts";

Deno.test("gbp() writes pounds as tables do, with thousands separators", () => {
  // seeds/llr_opcc_commissioning_framework_2024_25.txt line 201: 4,654,011
  assert.equal(gbp(4654011).text, "£4,654,011");
  assert.equal(gbp(4654011).markdown, formatValue(4654011, "gbp"));
  assert.equal(gbp(0).text, "£0");
  assert.equal(gbp(12.5).text, "£12.50");
  assert.equal(gbp(-1200).text, "-£1,200");
});

Deno.test("gbp() writes a rise with a plus sign when signed, and a fall with a minus", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80
  assert.equal(gbp(572798 - 561813, { signed: true }).text, "+£10,985");
  // seeds/llr_opcc_foi_0017_24_asb_support.txt line 43 against FOI 0004-24 line 80
  assert.equal(gbp(500000 - 572798, { signed: true }).text, "-£72,798");
  assert.equal(gbp(0, { signed: true }).text, "£0");
});

Deno.test("gbp() rounds to whole pounds or to pence as asked", () => {
  // 561,813 ÷ 1,351 = 415.8497…
  assert.equal(gbp(561813 / 1351).text, "£415.85");
  assert.equal(gbp(561813 / 1351, { digits: 0 }).text, "£416");
  assert.equal(gbp(500, { digits: 2 }).text, "£500.00");
  assert.equal(gbp(-0.004, { digits: 2 }).text, "£0.00");
});

Deno.test("gbp() refuses a missing or non-finite amount and a bad digits option", () => {
  assert.throws(
    () => gbp(null as unknown as number),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot write £ amount null: the value is missing, so say why in words instead",
  );
  assert.throws(
    () => gbp(Number.NaN),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message === "Cannot write £ amount NaN: it is not a finite number",
  );
  assert.throws(
    () => gbp(1, { digits: 1 as 0 }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot write £ amount: option "digits" must be 0 or 2, got 1',
  );
});
