import assert from "node:assert/strict";
import fc from "fast-check";
import { anyDate } from "./_assert.ts";
import {
  compareFinancialYears,
  financialYear,
  financialYearOf,
  nextFinancialYear,
  parseFinancialYear,
} from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

const label = (text: string) => parseFinancialYear(text).label;

Deno.test("parseFinancialYear() reads the spellings used in the seed documents", () => {
  // llr_opcc_foi_0004_24_under18_services.txt lines 57, 32 and 58
  assert.deepEqual(parseFinancialYear("2021/2022"), {
    label: "2021-22",
    startYear: 2021,
    start: "2021-04-01",
    end: "2022-03-31",
  });
  assert.equal(label("2021/22"), "2021-22");
  assert.equal(label("2022/2023"), "2022-23");
  // llr_opcc_foi_0017_24_asb_support.txt line 43
  assert.equal(label("2024-2025"), "2024-25");
  // llr_opcc_commissioning_framework_2024_25.txt lines 152, 87, 81 and 21
  assert.equal(label("24/25"), "2024-25");
  assert.equal(label("24-25"), "2024-25");
  assert.equal(label("Year 24-25"), "2024-25");
  assert.equal(label("financial year 2024-25"), "2024-25");
  // leicester_council_foi_child_victims_2020_21.txt lines 97, 91 and 7
  assert.equal(label("2020-21"), "2020-21");
  assert.equal(label("2020-2021"), "2020-21");
  assert.equal(label("financial year 2020-2021"), "2020-21");
  assert.equal(label("the financial year of 2020-2021"), "2020-21");
  // nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt line 65: a one-digit end year
  assert.equal(label("2015-6"), "2015-16");
});

Deno.test("parseFinancialYear() reads other common spellings", () => {
  assert.equal(label("financial year 2020-21"), "2020-21");
  assert.equal(label("FY 2020/21"), "2020-21");
  assert.equal(label("fy2020/21"), "2020-21");
  assert.equal(label("2024–25"), "2024-25");
  assert.equal(label("2024 — 2025"), "2024-25");
  assert.equal(label("2020 to 2021"), "2020-21");
  assert.equal(label("2020/21 financial year"), "2020-21");
  assert.equal(label("  2021/22\n"), "2021-22");
});

Deno.test("parseFinancialYear() labels the turn of a century YYYY-00", () => {
  assert.deepEqual(parseFinancialYear("1999/2000"), {
    label: "1999-00",
    startYear: 1999,
    start: "1999-04-01",
    end: "2000-03-31",
  });
  assert.equal(label("99/00"), "1999-00");
  assert.equal(label("2099-00"), "2099-00");
});

Deno.test("parseFinancialYear() reads two-digit start years 00-68 as 20xx and 69-99 as 19xx", () => {
  assert.equal(parseFinancialYear("00/01").startYear, 2000);
  assert.equal(parseFinancialYear("68/69").startYear, 2068);
  assert.equal(parseFinancialYear("69/70").startYear, 1969);
  assert.equal(parseFinancialYear("98-99").startYear, 1998);
});

Deno.test("parseFinancialYear() rejects a span that is not one year with a RangeError", () => {
  const cases: [string, string][] = [
    ["2021/2023", "it spans more than one year (2021 to 2023)"],
    // leicester_council_foi_child_victims_2020_21.txt line 221: "strategy 2022-25" is three years
    ["2022-25", "it spans more than one year (2022 to 2025)"],
    ["1999-01", "it spans more than one year (1999 to 2001)"],
    ["2021-20", "it ends before it starts (2021 to 2020)"],
    ["2015-4", "it ends before it starts (2015 to 2014)"],
    ["2021-2021", "it starts and ends in 2021"],
  ];
  for (const [text, reason] of cases) {
    assertThrowsWith(
      () => parseFinancialYear(text),
      RangeError,
      `Cannot parse financial year "${text}": ${reason}`,
    );
  }
});

Deno.test("parseFinancialYear() rejects text that is not two years with a SyntaxError", () => {
  const cases: [string, string][] = [
    ["2021", "expected two years such as 2021-22 or 2021/2022"],
    ["abc", "expected two years such as 2021-22 or 2021/2022"],
    ["", "expected two years such as 2021-22 or 2021/2022"],
    ["20211/22", 'the start year "20211" must have two or four digits'],
    ["2021/023", 'the end year "023" must have one, two or four digits'],
  ];
  for (const [text, reason] of cases) {
    assertThrowsWith(
      () => parseFinancialYear(text),
      SyntaxError,
      `Cannot parse financial year "${text}": ${reason}`,
    );
  }
});

// The years two digits can name: 1969 to 2068.
Deno.test("parseFinancialYear() reads every spelling of every year from 1969 to 2068", () => {
  for (let start = 1969; start <= 2068; start++) {
    const end = start + 1;
    const [yy, ee] = [start % 100, end % 100].map((y) => String(y).padStart(2, "0"));
    const spellings = [
      `${start}/${end}`,
      `${start}/${ee}`,
      `${start}-${ee}`,
      `${start}-${end}`,
      `${start}–${ee}`,
      `${start}-${end % 10}`,
      `${yy}/${ee}`,
      `${yy}-${ee}`,
      `FY ${start}/${ee}`,
      `financial year ${start}-${ee}`,
      `Year ${yy}-${ee}`,
      ` ${start} to ${end} `,
    ];
    for (const text of spellings) {
      assert.deepEqual(parseFinancialYear(text), financialYear(start), text);
    }
    assert.equal(financialYear(start).label, `${start}-${ee}`);
  }
});

Deno.test("financialYear() rejects a start year that is not a whole number from 1000 to 9998", () => {
  for (const year of [999, 9999, 2020.5, Number.NaN]) {
    assertThrowsWith(
      () => financialYear(year),
      RangeError,
      `Cannot make a financial year starting in "${year}": the year must be a whole number from 1000 to 9998`,
    );
  }
});

Deno.test("financialYearOf() puts 31 March in the old year and 1 April in the new", () => {
  assert.equal(financialYearOf("2024-03-31").label, "2023-24");
  assert.equal(financialYearOf("2024-04-01").label, "2024-25");
  // llr_opcc_commissioning_framework_2024_25.txt line 33: "a start date of 01/04/2024"
  assert.equal(financialYearOf("01/04/2024").label, "2024-25");
  assert.equal(financialYearOf(new Date("2024-03-31T23:59:59Z")).label, "2023-24");
  assert.equal(financialYearOf("2024-04-01T00:00:00Z").label, "2024-25");
});

Deno.test("financialYearOf() rejects text that is not a date or a day that does not exist", () => {
  assertThrowsWith(
    () => financialYearOf("March 2024"),
    SyntaxError,
    'Cannot find the financial year of "March 2024": expected a date such as 2024-03-31, 31/03/2024 or 31 March 2024',
  );
  assertThrowsWith(
    () => financialYearOf("2023-02-29"),
    RangeError,
    'Cannot find the financial year of "2023-02-29": there is no such date',
  );
  assertThrowsWith(
    () => financialYearOf(new Date("nonsense")),
    RangeError,
    'Cannot find the financial year of "Invalid Date": the Date is invalid',
  );
});

Deno.test("financialYearOf() returns a year that contains the date", () => {
  const date = anyDate;
  fc.assert(
    fc.property(date, (d) => {
      const iso = d.toISOString().slice(0, 10);
      const fy = financialYearOf(iso);
      assert.ok(fy.start <= iso && iso <= fy.end, `${iso} in ${fy.label}`);
      assert.deepEqual(financialYearOf(d), fy);
    }),
  );
});

Deno.test("nextFinancialYear() steps forward and back", () => {
  assert.equal(nextFinancialYear("2024-25").label, "2025-26");
  assert.equal(nextFinancialYear(financialYear(1999)).label, "2000-01");
  assert.equal(nextFinancialYear("2024/25", { step: -3 }).label, "2021-22");
  assertThrowsWith(
    () => nextFinancialYear("2024-25", { step: 0.5 }),
    RangeError,
    'Cannot step financial years by "0.5": it must be a whole number',
  );
});

Deno.test("compareFinancialYears() orders years by their start", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 32 lists 2022/23 before 2021/22
  assert.deepEqual(["2022/23", "2021/22"].sort(compareFinancialYears), ["2021/22", "2022/23"]);
  assert.equal(compareFinancialYears("2021/2022", "21-22"), 0);
  assert.ok(compareFinancialYears(financialYear(1999), "2000/01") < 0);
});
