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
