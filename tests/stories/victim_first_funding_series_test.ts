import assert from "node:assert/strict";
import type * as aq from "arquero";
import { yoyChange } from "../../lib/analysis/mod.ts";
import { victimFirstFundingSeries, type VictimFirstFundingSources } from "../../lib/stories/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { columns } from "../analysis/_assert.ts";

const FOI_0004 = "llr_opcc_foi_0004_24_under18_services.txt";
const FOI_0017 = "llr_opcc_foi_0017_24_asb_support.txt";
const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";

async function sources(): Promise<VictimFirstFundingSources> {
  return {
    victim_first_under18: await load("victim_first_under18"),
    victim_first_contract: await load("victim_first_contract"),
    commissioning_spend: await load("commissioning_spend"),
  };
}

Deno.test("victimFirstFundingSeries() joins every document giving Victim First's funding", async () => {
  const series = victimFirstFundingSeries(await sources());
  const dv = "Domestic Violence Caseworker, Victim First";
  const qwell = "Qwell Service (Kooth), Victim First";
  const vf = "Victim First";
  assert.deepEqual(
    columns(series, ["financial_year", "component", "value", "bound", "seed", "line"]),
    {
      financial_year: [
        "2021-22", // FOI 0004-24 line 79: £561,813
        "2022-23", // line 80: £572,798
        "2024-25", // FOI 0017/24 line 43: up to £500,000
        "2024-25", // framework Table 1 line 153: 500,000
        "2024-25", // framework line 212: grant 28,158
        "2024-25", // framework line 213: grant 40,805
        "2025-26", // FOI 0017/24 lines 44-47, initial then extension period, "£ up to"
        "2026-27",
        "2027-28",
        "2028-29",
      ],
      component: [vf, vf, vf, vf, dv, qwell, vf, vf, vf, vf],
      value: [561813, 572798, 500000, 500000, 28158, 40805, 510862, 521079, 531500, 542130],
      bound: [null, null, "upper", null, null, null, "upper", "upper", "upper", "upper"],
      seed: [
        FOI_0004,
        FOI_0004,
        FOI_0017,
        FRAMEWORK,
        FRAMEWORK,
        FRAMEWORK,
        FOI_0017,
        FOI_0017,
        FOI_0017,
        FOI_0017,
      ],
      line: [79, 80, 43, 153, 212, 213, 44, 45, 46, 47],
    },
  );
  // No document gives 2023-24: it is absent, not zero.
  assert.equal(series.filter((d) => d.financial_year === "2023-24").numRows(), 0);
});

Deno.test("victimFirstFundingSeries() says the two 2024-25 figures agree", async () => {
  // FOI 0017/24 line 43 "£500,000" (initial period, up to) and framework line 153 "500,000".
  const series = victimFirstFundingSeries(await sources());
  const y = series.filter((d) => d.financial_year === "2024-25" && d.component === "Victim First");
  assert.deepEqual(columns(y, ["source", "basis", "value", "sources", "agreement", "line"]), {
    source: ["LLR OPCC FOI 0017/24", "LLR OPCC Commissioning Framework 2024-25, Table 1"],
    basis: ["contract payments up to, initial period", "24/25 spend"],
    value: [500000, 500000],
    sources: [2, 2],
    agreement: ["agree", "agree"],
    line: [43, 153],
  });
  // Every other year and component rests on one document.
  const rest = series.filter((d) =>
    !(d.financial_year === "2024-25" && d.component === "Victim First")
  );
  // The ten rows of the series less the two agreeing ones.
  assert.deepEqual(rest.array("agreement"), new Array(10 - 2).fill("single source"));
  // The grants are components of their own, kept apart from the contract figure.
  const grants = series.filter((d) => d.basis === "24/25 spend (grant)");
  assert.deepEqual(grants.array("value"), [28158, 40805]);
});

Deno.test("victimFirstFundingSeries() reports sources that differ", async () => {
  // The framework's figure altered by £1 stands for a document that disagrees with FOI 0017/24.
  const s = await sources();
  const altered = s.commissioning_spend.derive({
    value: "d => d.project === 'Victim First' ? d.value - 1 : d.value",
  });
  const series = victimFirstFundingSeries({ ...s, commissioning_spend: altered });
  const y = series.filter((d) => d.financial_year === "2024-25" && d.component === "Victim First");
  assert.deepEqual(y.array("value"), [500000, 499999]);
  assert.deepEqual(y.array("agreement"), ["differ", "differ"]);
});

Deno.test("victimFirstFundingSeries() feeds yoyChange() across the 2023-24 gap", async () => {
  // One document per year: FOI 0004-24 to 2022-23, then FOI 0017/24's contract profile.
  const series = victimFirstFundingSeries(await sources());
  const core = series.filter((d) =>
    d.component === "Victim First" && d.dataset !== "commissioning_spend"
  );
  const r = yoyChange(core, { keep: ["line"] });
  const row = r.objects()[2] as Record<string, unknown>;
  assert.equal(row.financial_year, "2024-25");
  assert.equal(row.change, 500000 - 572798); // −72,798
  assert.equal(row.gap_years, 1);
  assert.equal(
    row.note,
    "across a gap: 2023-24 missing; the figures differ in kind: 2024-25 is an upper bound, " +
      "2022-23 is exact",
  );
  assert.deepEqual([row.base_line, row.line], [80, 43]);
});

Deno.test("victimFirstFundingSeries() names a missing table", async () => {
  const s = await sources();
  assertThrowsWith(
    () =>
      victimFirstFundingSeries({
        victim_first_under18: s.victim_first_under18,
        victim_first_contract: s.victim_first_contract,
      } as unknown as VictimFirstFundingSources),
    TypeError,
    "Cannot compute victimFirstFundingSeries(): expected an Arquero table as sources.commissioning_spend " +
      '(load("commissioning_spend")), got undefined',
  );
  const noLine = s.commissioning_spend.select("section", "project", "financial_year", "role");
  assertThrowsWith(
    () => victimFirstFundingSeries({ ...s, commissioning_spend: noLine as aq.ColumnTable }),
    TypeError,
    'Cannot compute victimFirstFundingSeries(): columns "value", "approximate", "bound", "seed" and ' +
      '"line" missing from sources.commissioning_spend, which has "section", "project", ' +
      '"financial_year" and "role"',
  );
});
