import assert from "node:assert/strict";
import { assertRejectsWith } from "../_assert.ts";
import { checkTotals, ingest, pageLine, readDocument, readPdf } from "../../lib/ingest/mod.ts";
import { encryptedPdf, pageOf, pdfBytes, pdfWithoutText } from "./_documents.ts";

// An invented two-page reply: a funding table on page 1, a referral count in prose on page 2.
const PAGE_1 = [
  "Northmoor Office of the Police and Crime Commissioner",
  "Our ref: FOI 042/25",
  "Victim services funding",
  ["Service", "2022/23", "2023/24"],
  ["Harbour Refuge", "£120,500", "£131,200"],
  ["Northmoor Helpline", "£48,000", ""],
  ["Total", "£168,500", "£131,200"],
];
const PAGE_2 = ["In 2023/24 we made 214 referrals to Harbour Refuge."];

Deno.test("readPdf() reads each page's lines and rebuilds the table's columns with tabs", async () => {
  const read = await readPdf(await pdfBytes([pageOf(PAGE_1), pageOf(PAGE_2)]));
  assert.deepEqual(read.text.split("\n"), [
    "Northmoor Office of the Police and Crime Commissioner",
    "Our ref: FOI 042/25",
    "Victim services funding",
    "Service\t2022/23\t2023/24",
    "Harbour Refuge\t£120,500\t£131,200",
    // The empty cell of the last column is kept, so the row stays in its columns.
    "Northmoor Helpline\t£48,000\t",
    "Total\t£168,500\t£131,200",
    "In 2023/24 we made 214 referrals to Harbour Refuge.",
  ]);
  assert.equal(read.pages, 2);
  assert.deepEqual(read.pagesWithoutText, []);
  assert.deepEqual(pageLine(read, 7), { page: 1, line: 7 });
  assert.deepEqual(pageLine(read, 8), { page: 2, line: 1 });
});

Deno.test("readPdf() marks a wide vertical gap as a blank line that is no line of the page", async () => {
  const texts = [
    { x: 50, y: 790, text: "Funding" },
    { x: 50, y: 740, text: "Harbour Refuge received £120,500." },
  ];
  const read = await readPdf(await pdfBytes([texts]));
  assert.deepEqual(read.text.split("\n"), ["Funding", "", "Harbour Refuge received £120,500."]);
  assert.deepEqual(read.places, [{ page: 1, line: 1 }, null, { page: 1, line: 2 }]);
});

Deno.test("readPdf() joins the pieces of one line and keeps far-apart pieces as cells", async () => {
  const texts = [
    { x: 50, y: 790, text: "Spend on" },
    // "Spend on" in 11 pt Helvetica is (667 + 4 × 556 + 278 + 2 × 556) / 1000 × 11 = 47.1
    // points wide: this piece starts 3 points after it, a word space rather than a column gap.
    { x: 50 + 47.1 + 3, y: 790, text: "victim services" },
    { x: 300, y: 790, text: "£2.765m" },
  ];
  const read = await readPdf(await pdfBytes([texts]));
  assert.equal(read.text, "Spend on victim services\t£2.765m");
});

Deno.test("ingest() reads the PDF's table and prose, and checkTotals() checks its totals", async () => {
  const read = await readPdf(await pdfBytes([pageOf(PAGE_1), pageOf(PAGE_2)]));
  const result = ingest(read.text, { source: "northmoor.pdf" });
  assert.equal(result.metadata.reference, "FOI 042/25");
  const refuge = result.figures.filter((f) => f.label.endsWith("Harbour Refuge"));
  assert.deepEqual(refuge.map((f) => [f.value, f.period.financial_year]), [
    [120500, "2022-23"],
    [131200, "2023-24"],
  ]);
  const referrals = result.figures.find((f) => f.unit === "count")!;
  assert.equal(referrals.value, 214);
  assert.deepEqual(pageLine(read, referrals.line), { page: 2, line: 1 });
  // 2022/23: 120,500 + 48,000 = 168,500 as stated on page 1, line 7.
  const [first, second] = checkTotals(result);
  assert.deepEqual([first.line, first.stated, first.computed, first.status], [
    7,
    168500,
    120500 + 48000,
    "reproduced",
  ]);
  // 2023/24: the Helpline's cell (line 6) is empty, kept as a missing part; the Refuge's
  // £131,200 alone makes the £131,200 stated, so the total reproduces with it left out.
  assert.deepEqual(second.parts.map((p) => [p.line, p.value, p.missing_reason]), [
    [5, 131200, null],
    [6, null, "Empty cell"],
  ]);
  assert.equal(second.status, "reproduced");
  assert.ok(second.note.includes("1 part is an empty cell, left out: the others make the total."));
});

Deno.test("ingest() keeps a PDF table's empty cells as missing figures: a total they leave open is not computable", async () => {
  const page = [
    "Victim services funding",
    ["Service", "2022/23", "2023/24"],
    ["Harbour Refuge", "£120,500", "£131,200"],
    ["Northmoor Helpline", "", "£50,100"],
    ["Outreach"],
    ["Total", "£168,500", "£181,300"],
  ];
  const read = await readPdf(await pdfBytes([pageOf(page)]));
  // A row with a blank cell, and a row with nothing but its label, stay in their columns.
  assert.deepEqual(read.text.split("\n").slice(3, 5), [
    "Northmoor Helpline\t\t£50,100",
    "Outreach\t\t",
  ]);
  const result = ingest(read.text, { source: "northmoor.pdf" });
  const missing = result.figures.filter((f) => f.value === null);
  assert.deepEqual(missing.map((f) => [f.line, f.missing_reason, f.period.financial_year]), [
    [4, "Empty cell", "2022-23"],
    [5, "Empty cell", "2022-23"],
    [5, "Empty cell", "2023-24"],
  ]);
  assert.equal(missing[1].label, "Victim services funding — Service: Outreach");
  const [y2223, y2324] = checkTotals(result);
  // 2022/23: only 120,500 of the stated 168,500 is given; the two blanks may hold the rest.
  assert.deepEqual([y2223.stated, y2223.computed, y2223.status], [168500, null, "not-computable"]);
  assert.ok(y2223.note.endsWith(
    '2 of 3 parts have no value ("Empty cell"), and those with a value sum to 120500, not the ' +
      "168500 stated",
  ));
  // 2023/24: 131,200 + 50,100 = 181,300 as stated, Outreach's blank left out and said so.
  assert.deepEqual([y2324.computed, y2324.status], [131200 + 50100, "reproduced"]);
  assert.ok(y2324.note.includes("1 part is an empty cell, left out"));
});

Deno.test("readPdf() says a scanned PDF has no text layer instead of returning nothing", async () => {
  await assertRejectsWith(
    readPdf(await pdfWithoutText(), { source: "scan.pdf" }),
    SyntaxError,
    'Cannot read "scan.pdf": it has no text layer on any of its 1 page(s), as a scanned ' +
      "document has not; run OCR on it first (for example ocrmypdf) and add the result",
  );
});

Deno.test("readPdf() refuses a PDF that needs a password, saying so", async () => {
  await assertRejectsWith(
    readPdf(await encryptedPdf(), { source: "locked.pdf" }),
    SyntaxError,
    'Cannot read "locked.pdf": the PDF is encrypted and needs a password; save a copy ' +
      "without the password (print it to PDF) and add that",
  );
});

Deno.test("readPdf() refuses a cut-off PDF and leaves the caller's bytes as they were", async () => {
  const whole = await pdfBytes([pageOf(PAGE_2)]);
  const cut = whole.slice(0, 200);
  await assertRejectsWith(
    readPdf(cut, { source: "cut.pdf" }),
    SyntaxError,
    'Cannot read "cut.pdf": it is not a readable PDF (Invalid PDF structure.)',
  );
  assert.equal(cut.length, 200);
  assert.equal((await readPdf(whole)).text, PAGE_2[0]);
});

Deno.test("readDocument() reads a .pdf file's text layer", async () => {
  const path = await Deno.makeTempFile({ suffix: ".pdf" });
  await Deno.writeFile(path, await pdfBytes([pageOf(PAGE_2)]));
  assert.equal(await readDocument(path), PAGE_2[0]);
  await Deno.remove(path);
});
