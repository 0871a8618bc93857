import assert from "node:assert/strict";
import fc from "fast-check";
import { anyDate } from "./_assert.ts";
import { financialYear, financialYearOf, parseQuarter, quarterOf } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("parseQuarter() reads a bare Q1 with the financial year given separately", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 78 heads columns Q1-Q4; line 79 is 2021/2022
  assert.deepEqual(parseQuarter("Q1", "2021/2022"), {
    financialYear: "2021-22",
    quarter: 1,
    label: "Q1",
    start: "2021-04-01",
    end: "2021-06-30",
  });
  assert.deepEqual(parseQuarter("Q1", financialYear(2021)), parseQuarter("Q1", "2021-22"));
});

Deno.test("parseQuarter() gives the first and last days of each quarter", () => {
  const days = [1, 2, 3, 4].map((q) => {
    const { start, end } = parseQuarter(`Q${q}`, "2021-22");
    return [start, end];
  });
  assert.deepEqual(days, [
    ["2021-04-01", "2021-06-30"],
    ["2021-07-01", "2021-09-30"],
    ["2021-10-01", "2021-12-31"],
    ["2022-01-01", "2022-03-31"],
  ]);
});

Deno.test("parseQuarter() reads the year from the text before or after the quarter", () => {
  const q4 = {
    financialYear: "2021-22",
    quarter: 4,
    label: "Q4",
    start: "2022-01-01",
    end: "2022-03-31",
  };
  assert.deepEqual(parseQuarter("Q4 2021/22"), q4);
  assert.deepEqual(parseQuarter("2021-22 Q4"), q4);
  assert.deepEqual(parseQuarter("Q4 (2021/22)"), q4);
  assert.deepEqual(parseQuarter("Quarter 4 of 2021-22"), q4);
  assert.deepEqual(parseQuarter("Q4 2021/22", "2021/2022"), q4);
});

Deno.test("parseQuarter() reads Quarter 4, Qtr 2 and lower case q3", () => {
  assert.equal(parseQuarter("Quarter 4", "2021-22").quarter, 4);
  assert.equal(parseQuarter("Qtr 2", "2021-22").quarter, 2);
  assert.equal(parseQuarter("q3", "2021-22").label, "Q3");
  assert.equal(parseQuarter("  Q 1 ", "2021-22").label, "Q1");
});

Deno.test("parseQuarter() rejects quarters outside 1 to 4 with a RangeError", () => {
  for (const [text, n] of [["Q5", 5], ["Q0", 0], ["Quarter 12", 12]] as const) {
    assertThrowsWith(
      () => parseQuarter(text, "2021-22"),
      RangeError,
      `Cannot parse quarter "${text}": quarter ${n} is not 1 to 4`,
    );
  }
});

Deno.test("parseQuarter() asks for the financial year when none is given", () => {
  assertThrowsWith(
    () => parseQuarter("Q1"),
    TypeError,
    'Cannot parse quarter "Q1": the financial year is needed: pass it as the second argument or write it in the text',
  );
});

Deno.test("parseQuarter() rejects a year in the text that disagrees with the one given", () => {
  assertThrowsWith(
    () => parseQuarter("Q4 2021/22", "2022-23"),
    RangeError,
    'Cannot parse quarter "Q4 2021/22": the text says 2021-22 but the financial year given is 2022-23',
  );
});

Deno.test("parseQuarter() rejects text that names no quarter with a SyntaxError", () => {
  assertThrowsWith(
    () => parseQuarter("2021-22", "2021-22"),
    SyntaxError,
    'Cannot parse quarter "2021-22": expected Q1 to Q4',
  );
  assertThrowsWith(
    () => parseQuarter("Quarter", "2021-22"),
    SyntaxError,
    'Cannot parse quarter "Quarter": the quarter has no number',
  );
  assertThrowsWith(
    () => parseQuarter("Q1 2021", "2021-22"),
    SyntaxError,
    'Cannot parse financial year "2021": expected two years such as 2021-22 or 2021/2022',
  );
});

Deno.test("quarterOf() puts mid-January in Q4 of the financial year before", () => {
  assert.deepEqual(quarterOf("2022-01-15"), parseQuarter("Q4", "2021-22"));
  assert.equal(quarterOf("2024-03-31").financialYear, "2023-24");
  assert.equal(quarterOf("2024-04-01").label, "Q1");
  assert.equal(quarterOf("30/09/2024").label, "Q2");
  assert.equal(quarterOf(new Date("2024-10-01T00:00:00Z")).label, "Q3");
});

Deno.test("quarterOf() rejects text that is not a date", () => {
  assertThrowsWith(
    () => quarterOf("2024-02-30"),
    RangeError,
    'Cannot find the quarter of "2024-02-30": there is no such date',
  );
  assertThrowsWith(
    () => quarterOf("Q1"),
    SyntaxError,
    'Cannot find the quarter of "Q1": expected a date such as 2024-03-31, 31/03/2024 or 31 March 2024',
  );
});

Deno.test("quarterOf() contains the date and lies in the date's financial year", () => {
  const date = anyDate;
  fc.assert(
    fc.property(date, (d) => {
      const iso = d.toISOString().slice(0, 10);
      const q = quarterOf(iso);
      assert.ok(q.start <= iso && iso <= q.end, `${iso} in ${q.label} ${q.financialYear}`);
      assert.equal(q.financialYear, financialYearOf(iso).label);
      assert.deepEqual(quarterOf(d), q);
      assert.deepEqual(parseQuarter(`${q.label} ${q.financialYear}`), q);
    }),
  );
});
