import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { yoyChange } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { assertClose, columns, rows } from "./_assert.ts";

// llr_opcc_foi_0004_24_under18_services.txt lines 79-80: Victim First funding and under-18
// referrals (total, then Q1-Q4) for 2021/2022 and 2022/2023.
Deno.test("yoyChange() compares Victim First funding and referrals year on year", async () => {
  // The stated annual totals of referrals, beside the funding: one row per measure and year.
  const vf = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.quarter === null
  );
  const r = yoyChange(vf, { by: ["measure"] });
  assert.deepEqual(columns(r, ["measure", "financial_year", "value", "base_value", "change"]), {
    measure: ["funding", "funding", "under18_referrals", "under18_referrals"],
    financial_year: ["2021-22", "2022-23", "2021-22", "2022-23"],
    value: [561813, 572798, 1351, 1795],
    base_value: [null, 561813, null, 1351],
    // 572,798 − 561,813 = 10,985; 1795 − 1351 = 444
    change: [null, 10985, null, 444],
  });
  // 10,985 / 561,813 = 0.019552769… = 1.955…%
  assertClose(r.get("pct_change", 1), (10985 / 561813) * 100);
  assertClose(r.get("pct_change", 1), 1.9552769338, 8);
  // 444 / 1351 = 0.328645… = 32.86…%
  assertClose(r.get("pct_change", 3), 32.8645447816, 8);
  // Over a single year the compound rate is the percentage change.
  assert.equal(r.get("cagr", 1), r.get("pct_change", 1));
  assert.deepEqual(r.array("gap_years"), [null, 0, null, 0]);
  assert.deepEqual(r.array("missing_reason"), [
    "no earlier year to compare with",
    null,
    "no earlier year to compare with",
    null,
  ]);
});

Deno.test("yoyChange() compares each quarter with the same quarter a year before", async () => {
  const vf = await load("victim_first_under18");
  const r = yoyChange(vf, { period: "quarter" }).filter((d) => d.base_value !== null);
  // line 79: 352/284/331/384; line 80: 510/448/422/415
  assert.deepEqual(columns(r, ["quarter", "base_quarter", "value", "base_value", "change"]), {
    quarter: ["Q1", "Q2", "Q3", "Q4"],
    base_quarter: ["Q1", "Q2", "Q3", "Q4"],
    value: [510, 448, 422, 415],
    base_value: [352, 284, 331, 384],
    // 510 − 352 = 158; 448 − 284 = 164; 422 − 331 = 91; 415 − 384 = 31
    change: [158, 164, 91, 31],
  });
  const pct = r.array("pct_change") as number[];
  // 158/352 = 44.886…%; 164/284 = 57.746…%; 91/331 = 27.492…%; 31/384 = 8.0729…%
  [44.8863636364, 57.7464788732, 27.4924471299, 8.0729166667].forEach((p, i) =>
    assertClose(pct[i], p, 8)
  );
  // The four quarters' changes add up to the annual change: 158 + 164 + 91 + 31 = 444 = 1795 − 1351.
  assert.equal((r.array("change") as number[]).reduce((a, b) => a + b), 1795 - 1351);
});

Deno.test("yoyChange() compares quarter on quarter across the year end", async () => {
  const vf = await load("victim_first_under18");
  const r = yoyChange(vf, { period: "quarter", compare: "previous-period" });
  assert.deepEqual(r.array("change"), [
    null,
    284 - 352, // -68
    331 - 284, // 47
    384 - 331, // 53
    510 - 384, // 126: 2022-23 Q1 against 2021-22 Q4
    448 - 510, // -62
    422 - 448, // -26
    415 - 422, // -7
  ]);
  assert.deepEqual(rows(r)[4], {
    unit: "count",
    financial_year: "2022-23",
    quarter: "Q1",
    value: 510,
    base_financial_year: "2021-22",
    base_quarter: "Q4",
    base_value: 384,
    change: 126,
    pct_change: 32.8125, // 126 / 384 = 0.328125
    gap_quarters: 0,
    approximate: false,
    bound: null,
    note: null,
    missing_reason: null,
  });
  assert.ok(!r.columnNames().includes("cagr"));
});

// llr_opcc_foi_0017_24_asb_support.txt lines 43-47: payments "£ up to", initial 2024-25..2026-27,
// optional extension 2027-28..2028-29.
Deno.test("yoyChange() follows the Victim First contract profile across its periods", async () => {
  const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
  const r = yoyChange(contract, { keep: ["period"] });
  assert.deepEqual(columns(r, ["financial_year", "change", "period", "base_period", "bound"]), {
    financial_year: ["2024-25", "2025-26", "2026-27", "2027-28", "2028-29"],
    // 510,862 − 500,000 = 10,862; 521,079 − 510,862 = 10,217; 531,500 − 521,079 = 10,421;
    // 542,130 − 531,500 = 10,630
    change: [null, 10862, 10217, 10421, 10630],
    period: ["initial", "initial", "initial", "extension", "extension"],
    base_period: [null, "initial", "initial", "initial", "extension"],
    bound: ["upper", "upper", "upper", "upper", "upper"],
  });
  // 10,630 / 531,500 = 0.02 exactly: the extension years rise by 2%.
  assert.equal(r.get("pct_change", 4), 2);
  // 10,862 / 500,000 = 0.021724
  assertClose(r.get("pct_change", 1), 2.1724);
  assert.equal(r.get("note", 3), "both figures are upper bounds");
  // Compound rate 2024-25 → 2028-29 is a separate question: within each period instead.
  const within = yoyChange(contract, { by: ["period"] });
  assert.deepEqual(columns(within, ["period", "financial_year", "change"]), {
    period: ["initial", "initial", "initial", "extension", "extension"],
    financial_year: ["2024-25", "2025-26", "2026-27", "2027-28", "2028-29"],
    change: [null, 10862, 10217, null, 10630],
  });
});

Deno.test("yoyChange() marks a change across a missing year as a gap and gives its CAGR", async () => {
  const cols = [
    "financial_year",
    "value",
    "approximate",
    "bound",
    "missing_reason",
    "seed",
    "line",
  ];
  // paediatric_sarc: £20,000 in 2021/2022 and 2022/2023 (llr_opcc_foi_0004_24 lines 57-58);
  // commissioning_spend: Paediatric SARC 20,000 in 24/25 (framework line 156); no 2023-24.
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "opcc_contribution");
  const spend = (await load("commissioning_spend")).filter((d) => d.project === "Paediatric SARC");
  const series = sarc.select(cols).concat(spend.select(cols));
  const r = yoyChange(series, { keep: ["seed", "line"] });
  assert.deepEqual(rows(r)[2], {
    financial_year: "2024-25",
    value: 20000,
    base_financial_year: "2022-23",
    base_value: 20000,
    change: 0, // 20,000 − 20,000: a real zero change, between two figures
    pct_change: 0,
    cagr: 0, // (20,000 / 20,000) ^ (1/2) − 1 = 0 over the two years 2022-23 → 2024-25
    gap_years: 1,
    approximate: false,
    bound: null,
    note: "across a gap: 2023-24 missing",
    missing_reason: null,
    seed: "llr_opcc_commissioning_framework_2024_25.txt",
    line: 156,
    base_seed: "llr_opcc_foi_0004_24_under18_services.txt",
    base_line: 58,
  });
});

Deno.test("yoyChange() gives the CAGR over a gap from unequal figures", async () => {
  // Victim First: £572,798 in 2022-23 (FOI 0004-24 line 80), £500,000 in 2024-25 (framework
  // line 153); 2023-24 is in neither document.
  const vf = (await load("victim_first_under18")).filter((d) => d.measure === "funding");
  const spend = (await load("commissioning_spend")).filter((d) => d.project === "Victim First");
  const cols = ["financial_year", "value", "approximate", "bound", "missing_reason"];
  const r = yoyChange(vf.select(cols).concat(spend.select(cols)));
  assert.equal(r.get("change", 2), 500000 - 572798); // -72,798
  assert.equal(r.get("gap_years", 2), 1);
  // (500,000 / 572,798) ^ (1/2) − 1 = 0.872908… ^ 0.5 − 1 = 0.934295… − 1 = −6.570…%
  assertClose(r.get("cagr", 2), (Math.sqrt(500000 / 572798) - 1) * 100);
  assertClose(r.get("cagr", 2), -6.5704, 4);
});

Deno.test("yoyChange() carries a null value's reason instead of a zero change", async () => {
  // llr_opcc_foi_0004_24 line 57: 2021/2022 referrals "Information held by NHSE" in every
  // quarter; line 58: 2022/2023 Q4 = 10.
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "under18_referrals");
  const r = yoyChange(sarc, { period: "quarter" });
  const q4 = rows(r).find((d) => d.financial_year === "2022-23" && d.quarter === "Q4");
  assert.equal(q4?.value, 10);
  assert.equal(q4?.base_value, null);
  assert.equal(q4?.change, null);
  assert.equal(q4?.pct_change, null);
  assert.equal(q4?.missing_reason, "2021-22 Q4: Information held by NHSE");
  const q1 = rows(r).find((d) => d.financial_year === "2022-23" && d.quarter === "Q1");
  assert.equal(
    q1?.missing_reason,
    "2022-23 Q1: Information held by NHSE; 2021-22 Q1: Information held by NHSE",
  );
});

Deno.test("yoyChange() keeps an approximate input flagged in every change computed from it", () => {
  // Nottinghamshire's "c£800,000" (nottinghamshire_opcc_foi_2838_15 line 65) against an exact
  // figure the year after: the change is approximate because one side is.
  const t = aq.table({
    financial_year: ["2015-16", "2016-17", "2017-18"],
    value: [800000, 820000, 830000],
    approximate: [true, false, false],
  });
  assert.deepEqual(yoyChange(t).array("approximate"), [true, true, false]);
});

Deno.test("yoyChange() gives no percentage change from a base of zero", () => {
  const t = aq.table({ financial_year: ["2020-21", "2021-22"], value: [0, 5] });
  const r = yoyChange(t);
  assert.equal(r.get("change", 1), 5);
  assert.equal(r.get("pct_change", 1), null);
  assert.equal(r.get("cagr", 1), null);
  assert.equal(r.get("missing_reason", 1), "no percentage change from 0 (2020-21)");
});

Deno.test("yoyChange() rejects bad options naming the option and the value", async () => {
  const vf = await load("victim_first_under18");
  assertThrowsWith(
    // @ts-expect-error: a period the API does not offer
    () => yoyChange(vf, { period: "month" }),
    RangeError,
    'Cannot compute yoyChange(): option "period" must be "year" or "quarter", got "month"',
  );
  assertThrowsWith(
    // @ts-expect-error: a comparison the API does not offer
    () => yoyChange(vf, { compare: "last-year" }),
    RangeError,
    'Cannot compute yoyChange(): option "compare" must be "previous-year" or "previous-period", got "last-year"',
  );
  assertThrowsWith(
    () => yoyChange(vf, { by: ["services"] }),
    RangeError,
    'Cannot compute yoyChange(): option "by" names column "services", which the table does not have (its ' +
      'columns are "service", "financial_year", "quarter", "measure", "value", "unit", ' +
      '"approximate", "bound", "missing_reason", "role", "raw", "seed" and "line")',
  );
  assertThrowsWith(
    // @ts-expect-error: a misspelt option
    () => yoyChange(vf, { perod: "year" }),
    TypeError,
    'Cannot compute yoyChange(): there is no option "perod" (the options are "period", "compare", "by", "year", ' +
      '"quarter", "keep", "value", "approximate", "bound" or "missingReason")',
  );
  assertThrowsWith(
    () => yoyChange([] as unknown as aq.ColumnTable),
    TypeError,
    "Cannot compute yoyChange(): expected an Arquero table, got an array",
  );
  assertThrowsWith(
    // The forgotten await: load() returns a Promise.
    () => yoyChange(load("victim_first_under18") as unknown as aq.ColumnTable),
    TypeError,
    "Cannot compute yoyChange(): expected an Arquero table, got a Promise " +
      "(did you forget await?)",
  );
});

Deno.test("yoyChange() keeps the unit, so pounds and counts are never compared", async () => {
  // FOI 0004-24 lines 79-80: funding £561,813 then £572,798; referrals 1,351 then 1,795.
  const vf = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.quarter === null
  );
  const r = yoyChange(vf);
  assert.deepEqual(r.array("unit"), ["GBP", "GBP", "count", "count"]);
  assert.deepEqual(r.array("change"), [null, 572798 - 561813, null, 1795 - 1351]);
});

Deno.test("yoyChange() asks for the column that tells two rows of a period apart", async () => {
  // Without by: ["measure"] and without the unit column, 2021-22 has both funding and referrals
  // (line 79).
  const vf = (await load("victim_first_under18", { stated: true })).filter((d) =>
    d.quarter === null
  ).select(aq.not("unit"));
  assertThrowsWith(
    () => yoyChange(vf),
    RangeError,
    'Cannot compute yoyChange(): 2 rows for 2021-22: name the column that tells them apart in option "by"',
  );
});

Deno.test("yoyChange() refuses rows that are in no one year, such as contract subtotals", async () => {
  // llr_opcc_foi_0017_24 line 48: the sub-totals row has no financial year.
  const contract = await load("victim_first_contract", { stated: true });
  assertThrowsWith(
    () => yoyChange(contract),
    RangeError,
    'Cannot compute yoyChange(): row index 5 has no time: column "financial_year" is empty (filter ' +
      "out totals and subtotals that span several years first)",
  );
});

Deno.test("yoyChange() rejects NaN and text in the value column", () => {
  const nan = aq.table({ financial_year: ["2020-21"], value: [NaN] });
  assertThrowsWith(
    () => yoyChange(nan),
    RangeError,
    'Cannot compute yoyChange(): NaN in column "value" at row index 0: write a missing value as null ' +
      "with a reason",
  );
  const text = aq.table({ financial_year: ["2020-21"], value: ["£5"] });
  assertThrowsWith(
    () => yoyChange(text),
    TypeError,
    'Cannot compute yoyChange(): column "value" must hold numbers or null, got "£5" at row index 0',
  );
});

Deno.test("yoyChange() says when no row is of the period asked for", async () => {
  // Every paediatric SARC referral row has a quarter (FOI 0004-24 lines 57-58).
  const sarc = (await load("paediatric_sarc")).filter((d) => d.measure === "under18_referrals");
  assertThrowsWith(
    () => yoyChange(sarc),
    RangeError,
    'Cannot compute yoyChange(): no annual rows, every row has a "quarter" (use period: "quarter")',
  );
});

Deno.test("yoyChange() will not copy a column over one of its results", async () => {
  const contract = (await load("victim_first_contract")).filter((d) => d.role === "observation");
  assertThrowsWith(
    () => yoyChange(contract, { keep: ["bound"] }),
    RangeError,
    'Cannot compute yoyChange(): the result has a column named "bound" already (rename it ' +
      "first)",
  );
});
