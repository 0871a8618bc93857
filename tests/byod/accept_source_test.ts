import assert from "node:assert/strict";
import { assertRejectsWith } from "../_assert.ts";
import { load, type LoadOptions, type TypedTable, type UserDatasetRow } from "../../lib/mod.ts";
import { readSourcesManifest } from "../../lib/data/mod.ts";
import {
  acceptSource,
  addSource,
  formatReview,
  parseReview,
  type ReviewRow,
} from "../../lib/sources/mod.ts";
import {
  EASTHOLM_TABLE,
  eastholmDocx,
  northmoorPdf,
  withWorkspace,
  type Workspace,
} from "./_fixtures.ts";

const ID = "northmoor";

// The project's lib/datasets/user_dataset_names.ts lists no user dataset: the test's id is loaded through a
// cast to the type every user dataset has.
const loadUser = (id: string, options: LoadOptions) =>
  load(id as never, options) as Promise<TypedTable<UserDatasetRow>>;

async function added(ws: Workspace): Promise<{ path: string; rows: ReviewRow[] }> {
  const file = await ws.put("northmoor.pdf", await northmoorPdf());
  const { reviewFile } = await addSource(file, { userSeeds: ws.userSeeds, id: ID });
  return { path: reviewFile, rows: parseReview(await Deno.readTextFile(reviewFile), reviewFile) };
}

async function edit(path: string, change: (rows: ReviewRow[]) => ReviewRow[]): Promise<void> {
  const rows = parseReview(await Deno.readTextFile(path), path);
  await Deno.writeTextFile(path, formatReview(change(rows)));
}

Deno.test("acceptSource() turns the reviewed rows into a dataset load() reads, totals kept apart", async () => {
  await withWorkspace(async (ws) => {
    const review = await added(ws);
    // The reviewer renames a service and drops the referral count (F7).
    await edit(
      review.path,
      (rows) =>
        rows.map((r) =>
          r.figure === "F7"
            ? { ...r, accept: "no" }
            : { ...r, label: r.label.replace("Service: ", "") }
        ),
    );
    const done = await acceptSource(ID, ws);
    assert.equal(done.dropped, 1);
    assert.equal(done.dataset, `${ws.data}/northmoor.csv`);
    // 120,500 + 48,000 = 168,500 and 131,200 + 50,100 = 181,300, as stated on page 1, line 7.
    assert.deepEqual(done.findings, [
      { id: "northmoor-f5", expected: "reproduced" },
      { id: "northmoor-f6", expected: "reproduced" },
    ]);
    const options = { dir: ws.data, userSeeds: ws.userSeeds };
    const observations = await loadUser(ID, options);
    assert.deepEqual(observations.array("label"), [
      "Harbour Refuge",
      "Harbour Refuge",
      "Northmoor Helpline",
      "Northmoor Helpline",
    ]);
    assert.deepEqual(observations.array("value"), [120500, 131200, 48000, 50100]);
    const stated = await loadUser(ID, { ...options, stated: true });
    assert.deepEqual(stated.filter((d) => d.role === "total").array("value"), [168500, 181300]);
    const [entry] = await readSourcesManifest(ws.userSeeds);
    assert.equal(entry.accepted?.rows, 6);
    assert.match(await Deno.readTextFile(ws.namesFile), /= "northmoor";\n$/);
  });
});

Deno.test("acceptSource() records a total that does not add up as a discrepancy, not a failure", async () => {
  await withWorkspace(async (ws) => {
    const file = await ws.put("eastholm.docx", await eastholmDocx());
    await addSource(file, { userSeeds: ws.userSeeds, id: "eastholm" });
    const done = await acceptSource("eastholm", ws);
    // 31 + 47 + 6 = 84 children, stated 81 (line 8).
    assert.deepEqual(done.findings, [{ id: "eastholm-f4", expected: "discrepancy" }]);
  });
});

// The names file is inside lib/, which `deno task check` formats: it is written as deno fmt would.
Deno.test("acceptSource() writes the names file as deno fmt lays it out, one name or several", async () => {
  await withWorkspace(async (ws) => {
    const assertFormatted = async () => {
      const fmt = await new Deno.Command(Deno.execPath(), {
        args: ["fmt", "--check", "--line-width", "100", ws.namesFile],
        stdout: "null",
        stderr: "piped",
      }).output();
      assert.equal(fmt.code, 0, new TextDecoder().decode(fmt.stderr));
    };
    await added(ws);
    await acceptSource(ID, ws);
    await assertFormatted();
    await addSource(await ws.put("eastholm.docx", await eastholmDocx()), {
      userSeeds: ws.userSeeds,
      id: "eastholm",
    });
    await acceptSource("eastholm", ws);
    assert.match(
      await Deno.readTextFile(ws.namesFile),
      /\nexport type UserDatasetName =\n {2}\| "northmoor"\n {2}\| "eastholm";\n$/,
    );
    await assertFormatted();
  });
});

Deno.test("acceptSource() keeps an empty table cell as a missing part, so its total is not computable", async () => {
  await withWorkspace(async (ws) => {
    // The 5 to 10 band left blank and the total 84: 31 + 6 = 37 is all that is given.
    const table = EASTHOLM_TABLE.map(([age, n]) =>
      age === "5 to 10" ? [age, ""] : age === "Total" ? [age, "84"] : [age, n]
    );
    const file = await ws.put("eastholm.docx", await eastholmDocx(table));
    const { reviewFile } = await addSource(file, { userSeeds: ws.userSeeds, id: "eastholm" });
    // Line 6 of the Word file's text: "5 to 10" and a blank cell, proposed as a missing figure
    // of the total on line 8.
    const blank = parseReview(await Deno.readTextFile(reviewFile), reviewFile)
      .find((r) => r.line === "6")!;
    assert.deepEqual(
      [blank.accept, blank.value, blank.missing_reason, blank.part_of, blank.raw, blank.period],
      ["yes", "", "Empty cell", "F4", "", "2023-24"],
    );
    const done = await acceptSource("eastholm", ws);
    const row = done.rows.find((r) => r.line === 6)!;
    assert.deepEqual([row.value, row.missing_reason, row.part_of], [null, "Empty cell", "F4"]);
    // 31 + 6 = 37 of the 84 stated: the blank may hold the other 47, so not a discrepancy.
    assert.deepEqual(done.findings, [{ id: "eastholm-f4", expected: "not-computable" }]);
    const observations = await loadUser("eastholm", { dir: ws.data, userSeeds: ws.userSeeds });
    assert.deepEqual(observations.array("value"), [31, null, 6]);
  });
});

Deno.test("acceptSource() run while another document is added keeps both in the manifest", async () => {
  await withWorkspace(async (ws) => {
    await added(ws);
    const file = await ws.put("eastholm.docx", await eastholmDocx());
    await Promise.all([
      acceptSource(ID, ws),
      addSource(file, { userSeeds: ws.userSeeds, id: "eastholm" }),
    ]);
    const manifest = await readSourcesManifest(ws.userSeeds);
    assert.deepEqual(manifest.map((e) => [e.id, e.accepted?.rows ?? null]).sort(), [
      ["eastholm", null],
      [ID, 7],
    ]);
  });
});

Deno.test("acceptSource() names the row and field of every bad value and writes nothing", async () => {
  await withWorkspace(async (ws) => {
    const review = await added(ws);
    const manifest = await Deno.readTextFile(`${ws.userSeeds}/manifest.json`);
    await edit(
      review.path,
      (rows) =>
        rows.map((r) =>
          r.figure === "F2"
            ? { ...r, value: "131k" }
            : r.figure === "F3"
            ? { ...r, period: "2022/3" }
            : r.figure === "F4"
            ? { ...r, unit: "pounds" }
            : r.figure === "F7"
            ? { ...r, accept: "maybe" }
            : r
        ),
    );
    await assertRejectsWith(
      acceptSource(ID, ws),
      TypeError,
      `Cannot accept review file "${review.path}":\n` +
        `  row 2 (line 3), field "value": Expected a plain number such as 561813 or 27.5, got "131k"\n` +
        '  row 3 (line 4), field "period": Expected a period such as 2023-24, 2023-24 Q2 or ' +
        '2024-04-01..2024-09-30, or none, got "2022/3"\n' +
        '  row 4 (line 5), field "unit": Expected one of "GBP", "count", "percent", "years", ' +
        '"months", got "pounds"\n' +
        '  row 7 (line 8), field "accept": Expected yes or no, got "maybe"',
    );
    assert.deepEqual(await ws.list("data"), []);
    assert.equal(await Deno.readTextFile(`${ws.userSeeds}/manifest.json`), manifest);
  });
});

Deno.test("acceptSource() refuses a value its source text does not read as, and a text not on its line", async () => {
  await withWorkspace(async (ws) => {
    const review = await added(ws);
    await edit(
      review.path,
      (rows) =>
        rows.map((r) =>
          r.figure === "F1"
            ? { ...r, value: "120000" }
            : r.figure === "F3"
            ? { ...r, line: "5" }
            : r
        ),
    );
    await assertRejectsWith(
      acceptSource(ID, ws),
      TypeError,
      `Cannot accept review file "${review.path}":\n` +
        '  row 1 (line 2), field "raw": "£120,500" reads as 120500, not 120000\n' +
        '  row 3 (line 4), field "raw": "£48,000" is not on page 1, line 5 of northmoor.pdf',
    );
    assert.deepEqual(await ws.list("data"), []);
  });
});

Deno.test("acceptSource() refuses a part of a total that is not accepted, and an unknown column", async () => {
  await withWorkspace(async (ws) => {
    const review = await added(ws);
    await edit(
      review.path,
      (rows) => rows.map((r) => r.figure === "F5" ? { ...r, accept: "no" } : r),
    );
    await assertRejectsWith(
      acceptSource(ID, ws),
      TypeError,
      `Cannot accept review file "${review.path}":\n` +
        '  row 1 (line 2), field "part_of": "F5" is not an accepted total (role total, subtotal ' +
        "or grand_total)\n" +
        '  row 3 (line 4), field "part_of": "F5" is not an accepted total (role total, subtotal ' +
        "or grand_total)",
    );
    const text = await Deno.readTextFile(review.path);
    await Deno.writeTextFile(
      review.path,
      text.replace("figure,accept,label,", "figure,accept,lable,"),
    );
    await assertRejectsWith(
      acceptSource(ID, ws),
      TypeError,
      `Cannot read review file "${review.path}": unknown column "lable" (the columns are ` +
        "figure, accept, label, value, unit, period, role, part_of, page, line, raw, section, " +
        "approximate, bound, missing_reason, confidence, note)",
    );
    assert.deepEqual(await ws.list("data"), []);
  });
});

Deno.test("acceptSource() refuses a document changed since it was added", async () => {
  await withWorkspace(async (ws) => {
    await added(ws);
    const path = `${ws.userSeeds}/northmoor.pdf`;
    const bytes = await Deno.readFile(path);
    await Deno.writeFile(path, new Uint8Array([...bytes, 0x0a]));
    const error = await acceptSource(ID, ws).catch((e) => e);
    assert.ok(error instanceof RangeError);
    assert.match(
      error.message,
      new RegExp(
        `^Cannot accept "northmoor": ${path} has changed since it was added \\(its SHA-256`,
      ),
    );
    assert.deepEqual(await ws.list("data"), []);
  });
});

Deno.test("acceptSource() refuses an id no document was added with", async () => {
  await withWorkspace(async (ws) => {
    await assertRejectsWith(
      acceptSource("nothing", ws),
      RangeError,
      `Cannot accept "nothing": no document has this id in ${ws.userSeeds}/manifest.json ` +
        "(add it first with deno task add FILE)",
    );
  });
});
