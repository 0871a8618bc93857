import assert from "node:assert/strict";
import { Workbook } from "@cj-tech-master/excelts";
import { aq, suppress } from "../../lib/mod.ts";
import { toSpreadsheet } from "../../lib/publish/mod.ts";

async function withBook(fn: (path: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "spreadsheet-" });
  try {
    await fn(`${dir}/release.xlsx`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

// Two tables: counts with suppressed cells, and amounts of which one is an estimate
// (seeds/nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt: "c£800,000").
async function writeRelease(path: string): Promise<void> {
  const counts = suppress(aq.table({ sex: ["Female", "Male", "Unknown"], count: [40, 35, 3] }), {
    category: "sex",
  });
  const funding = aq.table({
    service: ["domestic violence support", "other"],
    value: [800000, 120000],
    unit: ["GBP", "GBP"],
    approximate: [true, false],
  });
  await toSpreadsheet(
    [
      { table: counts, title: "Referrals by sex (invented figures)", columns: ["sex", "count"] },
      {
        table: funding,
        title: "Funding, 2015-16",
        notes: ["Amounts in pounds.", "The first amount is approximate."],
        source: "Nottinghamshire OPCC FOI 2838/15",
      },
    ],
    path,
    { title: "Victim services: a release", contact: "analysis@example.org" },
  );
}

// Info-ZIP's unzip, beside the package: the file must be an ordinary zip any tool can read.
function unzip(path: string, ...args: string[]): string {
  const out = new Deno.Command("unzip", { args: [...args, path], stdout: "piped" }).outputSync();
  assert.ok(out.success, `unzip ${args.join(" ")} failed`);
  return new TextDecoder().decode(out.stdout);
}

function unzipPart(path: string, part: string): string {
  const out = new Deno.Command("unzip", { args: ["-p", path, part], stdout: "piped" })
    .outputSync();
  assert.ok(out.success, `unzip -p ${part} failed`);
  return new TextDecoder().decode(out.stdout);
}

Deno.test("toSpreadsheet() writes a cover, contents and notes sheet, then one table per sheet titled in A1", async () => {
  await withBook(async (path) => {
    await writeRelease(path);
    const book = new Workbook();
    await book.xlsx.readFile(path);
    assert.deepEqual(book.worksheets.map((w) => w.name), [
      "Cover",
      "Contents",
      "Notes",
      "Table_1",
      "Table_2",
    ]);
    const cover = book.getWorksheet("Cover")!;
    assert.equal(cover.getCell("A1").value, "Victim services: a release");
    const coverText = [1, 2, 3, 4, 5, 6, 7].map((r) => String(cover.getCell(`A${r}`).value));
    assert.ok(coverText.includes("[c] = confidential (suppressed to protect people)"));
    assert.ok(coverText.includes("[e] = estimated"));
    const contents = book.getWorksheet("Contents")!;
    assert.equal(contents.getCell("A1").value, "Contents");
    assert.deepEqual([contents.getCell("A5").value, contents.getCell("B5").value], [
      "Table_2",
      "Funding, 2015-16",
    ]);
    const notes = book.getWorksheet("Notes")!;
    assert.deepEqual([notes.getCell("A5").value, notes.getCell("B5").value], [
      "[note 2]",
      "The first amount is approximate.",
    ]);
    const t2 = book.getWorksheet("Table_2")!;
    assert.equal(t2.getCell("A1").value, "Funding, 2015-16");
    assert.equal(
      t2.getCell("A2").value,
      "This table has notes [note 1] [note 2] on the Notes sheet.",
    );
    assert.equal(t2.getCell("A3").value, "Source: Nottinghamshire OPCC FOI 2838/15");
  });
});

Deno.test("toSpreadsheet() keeps numbers as numbers, writes [c] for a suppressed count and [e] beside an estimate", async () => {
  await withBook(async (path) => {
    await writeRelease(path);
    const book = new Workbook();
    await book.xlsx.readFile(path);
    const t1 = book.getWorksheet("Table_1")!;
    // Row 4 is the header; 3 is below 5, and 35 hides it within the total.
    assert.deepEqual(
      [4, 5, 6, 7].map((r) => [t1.getCell(`A${r}`).value, t1.getCell(`B${r}`).value]),
      [
        ["sex", "count"],
        ["Female", 40],
        ["Male", "[c]"],
        ["Unknown", "[c]"],
      ],
    );
    const t2 = book.getWorksheet("Table_2")!;
    assert.deepEqual(["B4", "C4", "B5", "C5", "C6"].map((a) => t2.getCell(a).value), [
      "value",
      "value symbol",
      800000,
      "[e]",
      "",
    ]);
  });
});

Deno.test("toSpreadsheet()'s file holds real spreadsheet tables with header rows (unzip and XML)", async () => {
  await withBook(async (path) => {
    await writeRelease(path);
    const files = unzip(path, "-Z1").trim().split("\n");
    for (const part of ["xl/workbook.xml", "xl/worksheets/sheet4.xml", "xl/tables/table1.xml"]) {
      assert.ok(files.includes(part), `no ${part} in ${files.join(", ")}`);
    }
    const sheets = unzipPart(path, "xl/workbook.xml");
    assert.deepEqual([...sheets.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]), [
      "Cover",
      "Contents",
      "Notes",
      "Table_1",
      "Table_2",
    ]);
    const tables = files.filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    // Contents, Notes and the two tables are each marked up as a table with a header row.
    assert.equal(tables.length, 4);
    for (const table of tables) {
      const xml = unzipPart(path, table);
      assert.match(xml, /<table [^>]*ref="A\d+:[A-Z]+\d+"/);
      assert.doesNotMatch(xml, /headerRowCount="0"/);
    }
  });
});

Deno.test("toSpreadsheet() refuses a path that is not .xlsx and a table without a title", async () => {
  const t = aq.table({ a: [1] });
  await assert.rejects(
    () => toSpreadsheet([{ table: t, title: "T" }], "out.ods", { title: "R" }),
    { name: "TypeError", message: 'Cannot write spreadsheet: path "out.ods" must end in .xlsx' },
  );
  await assert.rejects(
    () => toSpreadsheet([{ table: t, title: " " }], "out.xlsx", { title: "R" }),
    { name: "TypeError", message: 'Cannot write spreadsheet: table 1 needs a title, got " "' },
  );
});
