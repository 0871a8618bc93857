import assert from "node:assert/strict";
import { assertRejectsWith } from "../_assert.ts";
import { checkTotals, ingest, readDocument, readDocx } from "../../lib/ingest/mod.ts";
import { docxBytes } from "./_documents.ts";

// An invented reply from an invented council, as a Word file: prose, then a table.
const BLOCKS = [
  "Eastholm Borough Council",
  "Our ref: EIR 7781",
  "In 2023/24 the council spent £86,400 on its domestic abuse helpline.",
  [
    ["Age", "Children"],
    ["0 to 4", "31"],
    ["5 to 10", "47"],
    ["11 to 17", "<5"],
    ["Total", "82"],
  ],
  "Figures below 5 are withheld.",
];

Deno.test("readDocx() gives one line per paragraph and one tab-separated line per table row", async () => {
  assert.deepEqual((await readDocx(await docxBytes(BLOCKS))).split("\n"), [
    "Eastholm Borough Council",
    "Our ref: EIR 7781",
    "In 2023/24 the council spent £86,400 on its domestic abuse helpline.",
    "Age\tChildren",
    "0 to 4\t31",
    "5 to 10\t47",
    "11 to 17\t<5",
    "Total\t82",
    "Figures below 5 are withheld.",
  ]);
});

Deno.test("ingest() reads a Word file's table, its withheld cell and its prose figure", async () => {
  const result = ingest(await readDocx(await docxBytes(BLOCKS)), { source: "eastholm.docx" });
  assert.equal(result.metadata.reference, "EIR 7781");
  const money = result.figures.find((f) => f.unit === "GBP")!;
  assert.deepEqual([money.value, money.line, money.period.financial_year], [86400, 3, "2023-24"]);
  const withheld = result.figures.find((f) => f.line === 7)!;
  assert.deepEqual([withheld.value, withheld.suppressed], [null, true]);
  // The stated total, 82, cannot be checked: one of its parts (11 to 17) is withheld.
  const [total] = checkTotals(result);
  assert.deepEqual([total.line, total.stated, total.status], [8, 82, "not-computable"]);
});

Deno.test("ingest() keeps a Word table's empty cell as a missing figure: its total is not computable", async () => {
  const rows = [["Age", "Children"], ["0 to 4", "31"], ["5 to 10", ""], ["11 to 17", "6"], [
    "Total",
    "84",
  ]];
  const text = await readDocx(await docxBytes(["Children supported in 2023/24, by age:", rows]));
  // The blank cell keeps its tab, and the row stays in the table (line 4).
  assert.equal(text.split("\n")[3], "5 to 10\t");
  const result = ingest(text, { source: "eastholm.docx" });
  const blank = result.figures.find((f) => f.line === 4)!;
  assert.deepEqual([blank.value, blank.missing_reason, blank.label, blank.period.financial_year], [
    null,
    "Empty cell",
    "Children supported in 2023/24, by age — Age: 5 to 10 — Children",
    "2023-24",
  ]);
  // The next row is an age band, not under a "5 to 10" heading.
  assert.ok(result.figures.find((f) => f.line === 5)!.label.endsWith("Age: 11 to 17 — Children"));
  // 31 + 6 = 37 against the 84 stated: the blank may hold the other 47, so no discrepancy.
  const [total] = checkTotals(result);
  assert.deepEqual([total.stated, total.computed, total.status, total.parts.length], [
    84,
    null,
    "not-computable",
    3,
  ]);
  assert.ok(total.note.endsWith(
    '1 of 3 parts has no value ("Empty cell"), and those with a value sum to 37, not the 84 stated',
  ));
});

Deno.test("readDocx() refuses a file that is not a Word file, naming it", async () => {
  await assertRejectsWith(
    readDocx(new TextEncoder().encode("Total spend £5k"), { source: "reply.docx" }),
    SyntaxError,
    'Cannot read "reply.docx": it is not a Word (.docx) file (Can\'t find end of central ' +
      "directory : is this a zip file ? If it is, see " +
      "https://stuk.github.io/jszip/documentation/howto/read_zip.html)",
  );
});

Deno.test("readDocx() refuses a Word file with no text in it", async () => {
  await assertRejectsWith(
    readDocx(await docxBytes([""]), { source: "empty.docx" }),
    SyntaxError,
    'Cannot read "empty.docx": the Word file has no text',
  );
});

Deno.test("readDocument() reads a .docx file's text", async () => {
  const path = await Deno.makeTempFile({ suffix: ".docx" });
  await Deno.writeFile(path, await docxBytes(["Harbour Refuge received £120,500."]));
  assert.equal(await readDocument(path), "Harbour Refuge received £120,500.");
  await Deno.remove(path);
});
