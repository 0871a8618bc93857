// show() writes the analysis verbs' own columns by their meaning (lib/format/column_format.ts):
// shares and changes as percentages to one decimal, changes signed, figures in the row's unit.
import assert from "node:assert/strict";
import { load } from "../../lib/data/mod.ts";
import { breakdown, coverage, reconcile, shareOf, yoyChange } from "../../lib/analysis/mod.ts";
import { show } from "../../lib/display/mod.ts";

function plain(value: ReturnType<typeof show>): string {
  return String(value.bundle["text/plain"]);
}

async function fundingChanges() {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80: £561,813 then £572,798
  const funding = (await load("victim_first_under18")).filter((d) =>
    d.quarter === null && d.measure === "funding"
  );
  return yoyChange(funding, { by: ["measure"], keep: ["unit"] });
}

Deno.test("show() writes a year-on-year change in pounds and as a signed percentage to one decimal", async () => {
  const changes = await fundingChanges();
  // 572,798 − 561,813 = 10,985; 10,985 ÷ 561,813 × 100 = 1.9552…, written +2.0%
  const out = show(changes, {
    columns: ["financial_year", "value", "base_value", "change", "pct_change", "cagr"],
  });
  assert.equal(
    plain(out),
    [
      "financial_year     value  base_value    change  pct_change   cagr",
      "--------------  --------  ----------  --------  ----------  -----",
      "2021-22         £561,813         [z]       [z]         [z]    [z]",
      "2022-23         £572,798    £561,813  +£10,985       +2.0%  +2.0%",
      "2 rows × 6 columns",
      "Symbols: [z] = not applicable",
    ].join("\n"),
  );
});

Deno.test("show() keeps a change's sign when its format is chosen, as the prose writes it", async () => {
  const out = show(await fundingChanges(), {
    columns: ["financial_year", "pct_change"],
    formats: { pct_change: "percent" },
  });
  assert.match(plain(out), /^2022-23\s+\+2\.0%$/m);
  assert.ok(!plain(out).includes("1.955"));
});

Deno.test("show() gives the first year's empty change the row's reason as its tooltip", async () => {
  const html = String(show(await fundingChanges()).bundle["text/html"]);
  assert.ok(html.includes('<td class="n na" title="no earlier year to compare with">[z]</td>'));
});

Deno.test("show() writes shareOf()'s share as a percentage and its difference in points", async () => {
  // seeds/leicester_council_foi_child_victims_2020_21.txt lines 93 and 97: £186,945 of
  // £705,672, "roughly 27%"; 186,945 ÷ 705,672 × 100 = 26.49…, and 26.49 − 27 = −0.51
  const share = shareOf(await load("council_dsv_budget", { stated: true }), {
    part: "cyp_service_contract_value",
    whole: "dsv_commissioning_budget",
    stated: "cyp_share",
  });
  const text = plain(show(share, { columns: ["share", "stated_share", "difference"] }));
  assert.equal(
    text,
    [
      "share  stated_share  difference",
      "-----  ------------  ----------",
      "26.5%         27.0%     -0.5 pp",
      "1 row × 3 columns",
    ].join("\n"),
  );
});

Deno.test("show() writes reconcile()'s stated and computed totals in their unit", async () => {
  // seeds/llr_opcc_commissioning_framework_2024_25.txt lines 201 and 221: the two TOTAL rows
  const check = reconcile(await load("commissioning_spend", { stated: true }), {
    by: ["section", "unit"],
  });
  const text = plain(show(check, { columns: ["section", "stated", "computed", "difference"] }));
  assert.match(text, /^commissioned\s+£4,654,011\s+£4,654,011\s+£0$/m);
  assert.match(text, /^grants\s+£2,020,226\s+£2,020,226\s+£0$/m);
});

Deno.test("show() writes breakdown() and coverage() shares to one decimal and counts grouped", async () => {
  // seeds/leicester_council_foi_child_victims_2020_21.txt lines 183-189: CYPFS 131 male,
  // 52 female, 4 unknown; 131 ÷ 187 × 100 = 70.05…, 131 ÷ 183 × 100 = 71.58…
  const sex = await load("child_victims_sex");
  const shares = breakdown(sex, { category: "sex", by: ["service"] });
  const text = plain(show(shares, { columns: ["sex", "value", "share", "share_known", "total"] }));
  assert.match(text, /^Male\s+131\s+70\.1%\s+71\.6%\s+187$/m);
  assert.match(text, /^Unknown\s+4\s+2\.1% \[u\]\s+\[z\]\s+187$/m);
  // 4 is below breakdown()'s threshold of 5: its share is of low reliability, [u]; an unknown
  // category has no share of the known total, [z]; the key says so.
  assert.match(text, /^Symbols: \[z\] = not applicable; \[u\] = low reliability$/m);
  // line 56: 356 CYPFS child victims; 187 ÷ 356 × 100 = 52.52…, and 187 − 356 = −169
  const headline = (await load("child_victims")).filter((d) => d.question === "B");
  const covered = coverage(sex, headline, { by: ["service"] });
  const row = plain(
    show(covered, { columns: ["parts_total", "headline", "coverage", "difference"] }),
  );
  assert.match(row, /^\s*187\s+356\s+52\.5%\s+-169$/m);
});
