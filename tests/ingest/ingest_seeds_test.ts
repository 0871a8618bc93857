// The generic reader cross-checked against the curated one: on the five documents, ingest() must
// find every figure the hand-written extractors put in data/ (same seed, line and value), and
// everything it extracts must be a figure of data/ or of the reviewed list in _reviewed.ts.
// Recall and precision are printed.
import assert from "node:assert/strict";
import { load, readSeeds } from "../../lib/data/mod.ts";
import { datasetNames } from "../../lib/datasets/mod.ts";
import { ingest, type IngestResult } from "../../lib/ingest/mod.ts";
import { NOT_FIGURES, REVIEWED_FIGURES } from "./_reviewed.ts";
import { describeScore, score } from "./_scoring.ts";
import { seedAnswers } from "./_seed_answers.ts";

interface DataFigure {
  dataset: string;
  seed: string;
  line: number;
  value: number;
  raw: string | null;
}

// The figures of data/ found with the right label and period, and the emitted figures with a
// right value labelled and dated right, below which the test fails (they may only go up).
const FLOOR = { right: 162, labelled: 162 };

const seeds = await readSeeds();
const results = new Map<string, IngestResult>(
  [...seeds].map(([file, text]) => [file, ingest(text, { source: file })]),
);

async function dataFigures(): Promise<DataFigure[]> {
  const rows: DataFigure[] = [];
  for (const name of datasetNames()) {
    const table = await load(name, { stated: true });
    if (!table.columnNames().includes("value")) continue;
    for (const row of table.objects() as Record<string, unknown>[]) {
      if (row.value === null) continue;
      const { seed, line, value, raw } = row as unknown as DataFigure;
      rows.push({ dataset: name, seed, line, value, raw });
    }
  }
  return rows;
}

function percent(part: number, whole: number): string {
  return `${(100 * part / whole).toFixed(1)}% (${part}/${whole})`;
}

Deno.test("ingest() finds every figure of data/ in the five documents, on its line with its value", async () => {
  const expected = await dataFigures();
  const missing = expected.filter((row) =>
    !results.get(row.seed)!.figures.some((f) =>
      (f.line === row.line || f.also.some((a) => a.line === row.line)) && f.value === row.value
    )
  );
  const found = expected.length - missing.length;
  console.log(`ingest recall on the five documents: ${percent(found, expected.length)}`);
  assert.deepEqual(missing, []);
});

Deno.test("ingest() extracts from the five documents only figures in data/ or on the reviewed list", async () => {
  const expected = await dataFigures();
  const extracted = [...results.values()].flatMap((r) => r.figures).filter((f) => f.value !== null);
  const inData = extracted.filter((f) =>
    expected.some((row) => row.seed === f.source && row.line === f.line && row.value === f.value)
  );
  const wrong = extracted.filter((f) =>
    !inData.includes(f) &&
    !REVIEWED_FIGURES.some((r) =>
      r.seed === f.source && r.line === f.line && r.value === f.value && r.unit === f.unit
    )
  );
  console.log(`ingest precision against data/ alone: ${percent(inData.length, extracted.length)}`);
  const right = extracted.length - wrong.length;
  console.log(
    `ingest precision against data/ and the reviewed list: ${percent(right, extracted.length)}`,
  );
  assert.deepEqual(wrong.map((f) => `${f.source}:${f.line} ${f.text}`), []);
});

Deno.test("ingest() reads no date, reference, phone number, postcode, age or section number as a figure", () => {
  const misread = NOT_FIGURES.filter((n) =>
    results.get(n.seed)!.figures.some((f) => f.line === n.line && f.value === n.value)
  );
  assert.deepEqual(misread.map((n) => `${n.seed}:${n.line} ${n.why}`), []);
});

Deno.test("ingest() reads each document's reference, date and period as the document states them", () => {
  const meta = (file: string) => results.get(file)!.metadata;
  // llr_opcc_foi_0004_24_under18_services.txt lines 12 and 14: "Our ref: 0004-24", "Date: 23 February 2024"
  assert.equal(meta("llr_opcc_foi_0004_24_under18_services.txt").reference, "0004-24");
  assert.equal(meta("llr_opcc_foi_0004_24_under18_services.txt").date, "2024-02-23");
  // llr_opcc_foi_0017_24_asb_support.txt lines 10, 12 and 22 ("received on 30 October 2024")
  const asb = meta("llr_opcc_foi_0017_24_asb_support.txt");
  assert.deepEqual([asb.reference, asb.date, asb.received], [
    "0017/24",
    "2024-11-19",
    "2024-10-30",
  ]);
  // nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt lines 3, 5 and 78
  const notts = meta("nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt");
  assert.deepEqual([notts.reference, notts.date], ["2838/15", "2015-04-27"]);
  assert.equal(notts.publisher, "Nottinghamshire Office of the Police and Crime Commissioner");
  // Leicester City Council's response is undated and names no reference; it covers 2020-21.
  const leicester = meta("leicester_council_foi_child_victims_2020_21.txt");
  assert.deepEqual([leicester.reference, leicester.date], [null, null]);
  assert.equal(leicester.publisher, "Leicester City Council");
  assert.equal(leicester.period.financial_year, "2020-21");
  // The framework's title, line 3: "Commissioning Framework 2024-25".
  assert.equal(
    meta("llr_opcc_commissioning_framework_2024_25.txt").period.financial_year,
    "2024-25",
  );
});

Deno.test("ingest() labels and dates prose figures of the documents by their own words", () => {
  const figure = (file: string, line: number, value: number) =>
    results.get(file)!.figures.find((f) => f.line === line && f.value === value)!;
  // Notts line 64: "Victim Support £411,834 for the period 1 April – 31 December 2015."
  const support = figure("nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt", 64, 411834);
  assert.equal(support.label, "Victim Support");
  assert.deepEqual([support.period.start, support.period.end], ["2015-04-01", "2015-12-31"]);
  assert.equal(support.kind, "list");
  // Notts line 65: "… the anticipated total for 2015-6 is c£800,000"
  const dv = figure("nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt", 65, 800000);
  assert.deepEqual([dv.approximate, dv.period.financial_year], [true, "2015-16"]);
  // 0017/24 line 51: "In the previous 12 months (October 2023 – September 2024), 105 referrals…"
  const referrals = figure("llr_opcc_foi_0017_24_asb_support.txt", 51, 105);
  assert.deepEqual([referrals.label, referrals.unit], ["referrals", "count"]);
  assert.deepEqual([referrals.period.start, referrals.period.end], ["2023-10-01", "2024-09-30"]);
  // Framework line 81: "Community Safety Partnerships - … Year 24-25 spend is £639,675."
  const csp = figure("llr_opcc_commissioning_framework_2024_25.txt", 81, 639675);
  assert.equal(csp.label, "Community Safety Partnerships: spend");
  assert.equal(csp.period.financial_year, "2024-25");
  // Framework line 83: "the current spend is £400,000 per annum"
  assert.equal(
    figure("llr_opcc_commissioning_framework_2024_25.txt", 83, 400000).period.per_annum,
    true,
  );
  // Framework line 85: "usually allocated in amounts less than £20,000"
  assert.equal(figure("llr_opcc_commissioning_framework_2024_25.txt", 85, 20000).bound, "upper");
  // Leicester line 97: "… which represents roughly 27% of the annual budget."
  const share = figure("leicester_council_foi_child_victims_2020_21.txt", 97, 27);
  assert.deepEqual([share.unit, share.approximate, share.period.per_annum], [
    "percent",
    true,
    false,
  ]);
});

Deno.test("ingest() labels and dates table cells of the documents from their rows and headers", () => {
  const figure = (file: string, line: number, value: number) =>
    results.get(file)!.figures.find((f) => f.line === line && f.value === value)!;
  // 0004-24 line 79: "2021/2022 £561,813 1351 352 284 331 384" under Funding, Number…, Q1…Q4
  const q1 = figure("llr_opcc_foi_0004_24_under18_services.txt", 79, 352);
  assert.deepEqual([q1.period.financial_year, q1.period.quarter], ["2021-22", "Q1"]);
  assert.equal(figure("llr_opcc_foi_0004_24_under18_services.txt", 79, 1351).role, "total");
  // 0017/24 lines 42-49: "(£ up to)" makes every payment an upper bound; line 49 is "Grant Total".
  const grand = figure("llr_opcc_foi_0017_24_asb_support.txt", 49, 2605571);
  assert.deepEqual([grand.role, grand.bound], ["grand_total", "upper"]);
  assert.deepEqual([grand.period.start, grand.period.end], ["2024-04-01", "2029-03-31"]);
  // Framework line 153: "Long Victim Services Victim First Catch 22 500,000" under "24/25 Spend"
  const vf = figure("llr_opcc_commissioning_framework_2024_25.txt", 153, 500000);
  assert.ok(vf.label.includes("Victim First") && vf.label.includes("Catch 22"), vf.label);
  assert.deepEqual([vf.kind, vf.period.financial_year], ["table", "2024-25"]);
  // Leicester lines 183-184: "Male" then "131" under "Sex", "CYPFS", one cell per line.
  const male = figure("leicester_council_foi_child_victims_2020_21.txt", 184, 131);
  assert.equal(male.label, "Sex: Male — CYPFS");
  assert.equal(
    results.get("leicester_council_foi_child_victims_2020_21.txt")!.tables[4].format,
    "cell-lines",
  );
});

Deno.test("ingest() labels and dates the figures of data/ as data/ does, on the five documents", async () => {
  const figures = [...results.values()].flatMap((r) => r.figures);
  const result = score(figures, await seedAnswers());
  console.log(describeScore("The five documents", result));
  for (const miss of result.misses) console.log(`  miss: ${miss}`);
  assert.equal(result.valueFound, result.expected);
  assert.ok(result.right >= FLOOR.right, `${result.right} right, below ${FLOOR.right}`);
  assert.ok(result.emittedLabelled >= FLOOR.labelled, `${result.emittedLabelled} labelled`);
});
