// ingest() on hostile input (issue 17): the inputs that once took quadratic time are read right
// (their timings are in tests/ingest/ingest_bench.ts, not here), a text above the size limit is
// refused with a clear error.
import assert from "node:assert/strict";
import {
  ingest,
  type IngestFigure,
  MAX_INGEST_CHARACTERS,
  readDocument,
} from "../../lib/ingest/mod.ts";
import { assertRejectsWith, assertThrowsWith } from "../_assert.ts";
import { proseCases, tablesOfSize } from "./_hostile.ts";

const SIZE = 50_000;
const prose = proseCases(SIZE);

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

// How many places the figures cite: each once, and each place a repeat of it was merged from.
function statements(figures: readonly IngestFigure[]): number {
  return figures.reduce((n, f) => n + 1 + f.also.length, 0);
}

Deno.test("ingest() reads £5 after 49,998 no-break spaces as one figure at its column", () => {
  const { figures, warnings } = ingest(prose["no-break spaces then £5"]);
  assert.deepEqual(figures.map((f) => [f.line, f.start, f.end, f.value, f.unit]), [
    [1, SIZE - 2, SIZE, 5, "GBP"],
  ]);
  assert.deepEqual(warnings, []);
});

Deno.test("ingest() reads every amount and count of a 50,000-character line of sentences", () => {
  const text = prose["one long line of sentences"];
  const { figures } = ingest(text);
  const money = figures.filter((f) => f.unit === "GBP");
  const counts = figures.filter((f) => f.unit === "count");
  // A fact stated again is one figure citing each place (also).
  assert.equal(statements(money), occurrences(text, "£5,000"));
  assert.ok(money.every((f) => f.value === 5000 && f.text === "£5,000"));
  assert.equal(statements(counts), occurrences(text, "12 referrals"));
  assert.ok(counts.every((f) => f.value === 12 && f.label === "referrals"));
});

Deno.test("ingest() finds no figure in '1 ' repeated: a bare number counts nothing", () => {
  const { figures, warnings } = ingest(prose["'1 ' repeated"]);
  assert.deepEqual([figures.length, warnings.length], [0, 0]);
});

Deno.test("ingest() reads '£1,' repeated to 50,000 characters as 16,667 amounts of £1", () => {
  const { figures } = ingest(prose["'£1,' repeated"]);
  // 16,666 whole "£1," make 49,998 characters; the last two are "£1".
  assert.equal(figures.length, 16_667);
  assert.ok(figures.every((f) => f.value === 1 && f.unit === "GBP" && f.text === "£1"));
});

Deno.test("ingest() reads 'between £1 and ' repeated as one £1 per repeat", () => {
  const { figures } = ingest(prose["'between £1 and ' repeated"]);
  // 3,333 whole repeats make 49,995 characters; the last five ("betwe") hold no amount.
  assert.equal(statements(figures), 3_333);
  assert.ok(figures.every((f) => f.value === 1 && f.unit === "GBP"));
});

for (const [layout, text] of Object.entries(tablesOfSize(SIZE))) {
  Deno.test(`ingest() reads every row of a 50,000-character ${layout} table`, () => {
    const result = ingest(text);
    assert.equal(result.tables.length, 1);
    const rows = result.tables[0].rows.length;
    assert.ok(rows > 1000, `${rows} rows`);
    // Row i is "Service i" spending i + 1 pounds.
    assert.deepEqual(
      result.figures.map((f) => [f.value, f.unit, f.label]),
      Array.from({ length: rows }, (_, i) => [i + 1, "GBP", `Service: Service ${i} — Spend`]),
    );
  });
}

Deno.test("ingest() refuses a text longer than MAX_INGEST_CHARACTERS, naming its source", () => {
  assertThrowsWith(
    () => ingest(" ".repeat(MAX_INGEST_CHARACTERS + 1), { source: "big.txt" }),
    RangeError,
    'Cannot ingest "big.txt": the text is 25,000,001 characters long, more than the limit of ' +
      "25,000,000 (split it into parts)",
  );
});

Deno.test("readDocument() refuses a file too large to ingest before reading it", async () => {
  const path = await Deno.makeTempFile({ suffix: ".txt" });
  try {
    // A sparse file: three bytes per character is the most UTF-8 takes, so this is too many.
    await Deno.truncate(path, 3 * MAX_INGEST_CHARACTERS + 1);
    await assertRejectsWith(
      readDocument(path),
      RangeError,
      `Cannot read "${path}": the file is 75,000,001 bytes, more than ingest reads (at most ` +
        "25,000,000 characters)",
    );
  } finally {
    await Deno.remove(path);
  }
});

for (
  const [header, scale] of [
    ["Spend (£000)", 1000],
    ["Spend (£000s)", 1000],
    ["Spend (£1000s)", 1000],
    ["£000", 1000],
    ["Spend £ (thousands)", 1000],
    ["Spend (£'000)", 1000],
    ["Spend (£k)", 1000],
    ["Spend (£m)", 1e6],
    ["Spend £million", 1e6],
    ["Spend (£b)", 1e9],
    ["Spend (£bn)", 1e9],
  ] as const
) {
  Deno.test(`ingest() reads 435 and 1.5 under a "${header}" header as pounds × ${scale}`, () => {
    const result = ingest(`Service\t${header}\nVictim First\t435\nPathway\t1.5\n`);
    assert.deepEqual(result.tables[0].columns[1], {
      name: header,
      type: "money",
      unit: "GBP",
      scale,
      bound: null,
      warning: null,
    });
    // 435 and 1.5 of the header's unit, in pounds.
    assert.deepEqual(result.figures.map((f) => [f.value, f.unit, f.scale, f.warning]), [
      [435 * scale, "GBP", scale, null],
      [1.5 * scale, "GBP", scale, null],
    ]);
  });
}

Deno.test("ingest() puts a warning on every figure under a unit it cannot read", () => {
  const result = ingest("Service\tSpend (£00)\nVictim First\t435\nPathway\t12\n", {
    source: "units.tsv",
  });
  const message = 'Cannot read the money unit of "Spend (£00)": "00" after the £ sign is not a ' +
    "scale (expected £, £000, £k, £m or £bn); its figures are read as written, in pounds";
  assert.deepEqual(result.figures.map((f) => [f.value, f.unit, f.warning]), [
    [435, "GBP", message],
    [12, "GBP", message],
  ]);
  assert.deepEqual(result.warnings, [
    { source: "units.tsv", line: 1, text: "Spend (£00)", message },
  ]);
});

Deno.test("ingest() refuses an amount beyond the safe integers with a warning, extracting nothing", () => {
  const result = ingest("The cost was £9,007,199,254,740,993 in total.");
  assert.deepEqual(result.figures, []);
  assert.deepEqual(result.warnings.map((w) => [w.text, w.message]), [[
    "£9,007,199,254,740,993",
    'Cannot parse money "£9,007,199,254,740,993": the amount is too large to hold exactly; ' +
    "not extracted",
  ]]);
});

Deno.test("ingest() never reads c(£5) or over (5) as minus five", () => {
  const circa = ingest("The grant was c(£5) this year.").figures;
  assert.deepEqual(circa.map((f) => [f.text, f.value]), [["£5", 5]]);
  assert.deepEqual(ingest("Referrals were over (5) this year.").figures, []);
});

Deno.test("ingest() dates a row of 79/80 as 1979-80 with a warning, never silently 2079-80", () => {
  const result = ingest("Year\tSpend\n79/80\t£5\n80/81\t£6\n", { source: "years.tsv" });
  const message = 'Read "79/80" as the financial year 1979-80: a two-digit year is read by the ' +
    "POSIX rule (69-99 are 1969-1999, 00-68 are 2000-2068)";
  assert.deepEqual(result.figures.map((f) => [f.value, f.period.financial_year, f.warning]), [
    [5, "1979-80", message],
    [6, "1980-81", null],
  ]);
  assert.deepEqual(result.warnings, [{ source: "years.tsv", line: 2, text: "79/80", message }]);
});

Deno.test("ingest() reads no amount from £0x10 or £1e3, and says so", () => {
  const result = ingest("Codes: £0x10 and £1e3.");
  assert.deepEqual(result.figures, []);
  assert.deepEqual(result.warnings.map((w) => w.message), [
    'Cannot read "£0x10" as an amount: letters and digits follow the number; not extracted',
    'Cannot read "£1e3" as an amount: letters and digits follow the number; not extracted',
  ]);
});

Deno.test("ingest() reads no count from n=0x10, 0b11 or 1e3", () => {
  const result = ingest("Values: n=0x10 cases, 0b11 cases and 1e3 cases.");
  assert.deepEqual(result.figures, []);
});
