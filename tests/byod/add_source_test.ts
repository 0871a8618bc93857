import assert from "node:assert/strict";
import { assertRejectsWith } from "../_assert.ts";
import { readSourcesManifest } from "../../lib/data/mod.ts";
import { addSource, parseReview } from "../../lib/sources/mod.ts";
import { docxBytes, encryptedPdf, pdfWithoutText } from "../ingest/_documents.ts";
import { eastholmDocx, northmoorPdf, withWorkspace } from "./_fixtures.ts";

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes.slice()));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

Deno.test("addSource() copies a PDF byte for byte, records it and proposes its figures with page and line", async () => {
  await withWorkspace(async (ws) => {
    const bytes = await northmoorPdf();
    const path = await ws.put("Northmoor FOI 042-25.pdf", bytes);
    const added = await addSource(path, { userSeeds: ws.userSeeds, date: "2025-05-02" });
    assert.deepEqual(await ws.list("seeds/user"), [
      "manifest.json",
      "northmoor_foi_042_25.pdf",
      "northmoor_foi_042_25.review.csv",
    ]);
    assert.deepEqual(await Deno.readFile(added.document), bytes);
    const [entry] = await readSourcesManifest(ws.userSeeds);
    assert.deepEqual(entry, {
      id: "northmoor_foi_042_25",
      file: "northmoor_foi_042_25.pdf",
      original: "Northmoor FOI 042-25.pdf",
      title: "Northmoor Office of the Police and Crime Commissioner, FOI 042/25",
      publisher: "Northmoor Office of the Police and Crime Commissioner", // as the reply says
      reference: "FOI 042/25",
      date: "2025-05-02",
      licence: "unknown",
      format: "pdf",
      bytes: bytes.length,
      sha256: await sha256(bytes),
      review: "northmoor_foi_042_25.review.csv",
      accepted: null,
    });
    const review = parseReview(await Deno.readTextFile(added.reviewFile), added.reviewFile);
    const cells = review.map((
      r,
    ) => [r.figure, r.value, r.period, r.role, r.part_of, r.page, r.line]);
    assert.deepEqual(cells, [
      ["F1", "120500", "2022-23", "observation", "F5", "1", "5"],
      ["F2", "131200", "2023-24", "observation", "F6", "1", "5"],
      ["F3", "48000", "2022-23", "observation", "F5", "1", "6"],
      ["F4", "50100", "2023-24", "observation", "F6", "1", "6"],
      ["F5", "168500", "2022-23", "total", "", "1", "7"],
      ["F6", "181300", "2023-24", "total", "", "1", "7"],
      ["F7", "214", "2023-24", "observation", "", "2", "1"],
    ]);
    assert.deepEqual(review.map((r) => r.accept), Array(7).fill("yes"));
    assert.equal(review[0].label, "Service: Harbour Refuge");
    assert.equal(review[0].raw, "£120,500");
    assert.equal(review[0].confidence, "high");
  });
});

Deno.test("addSource() reads a Word file's table and takes the publisher, reference and licence given", async () => {
  await withWorkspace(async (ws) => {
    const path = await ws.put("eastholm.docx", await eastholmDocx());
    const added = await addSource(path, {
      userSeeds: ws.userSeeds,
      id: "eastholm_eir_7781",
      publisher: "Eastholm Borough Council",
      licence: "Open Government Licence v3.0",
    });
    assert.deepEqual(
      [added.entry.publisher, added.entry.reference, added.entry.date, added.entry.licence],
      ["Eastholm Borough Council", "EIR 7781", "unknown", "Open Government Licence v3.0"],
    );
    // Lines 5-8 are the age bands and the total: 31, 47, 6 and 81.
    assert.deepEqual(added.rows.map((r) => [r.value, r.line, r.page, r.role]), [
      ["31", "5", "", "observation"],
      ["47", "6", "", "observation"],
      ["6", "7", "", "observation"],
      ["81", "8", "", "total"],
    ]);
  });
});

Deno.test("addSource() refuses an encrypted PDF and writes nothing", async () => {
  await withWorkspace(async (ws) => {
    const path = await ws.put("locked.pdf", await encryptedPdf());
    await assertRejectsWith(
      addSource(path, { userSeeds: ws.userSeeds }),
      SyntaxError,
      `Cannot read "${path}": the PDF is encrypted and needs a password; save a copy without ` +
        "the password (print it to PDF) and add that",
    );
    assert.deepEqual(await ws.list("seeds/user"), []);
  });
});

Deno.test("addSource() refuses a scanned PDF with no text layer and writes nothing", async () => {
  await withWorkspace(async (ws) => {
    const path = await ws.put("scan.pdf", await pdfWithoutText());
    await assert.rejects(addSource(path, { userSeeds: ws.userSeeds }), /it has no text layer/);
    assert.deepEqual(await ws.list("seeds/user"), []);
  });
});

Deno.test("addSource() refuses a .docx that is not one and leaves the manifest as it was", async () => {
  await withWorkspace(async (ws) => {
    const first = await ws.put("first.txt", "In 2023/24 we made 214 referrals.\n");
    await addSource(first, { userSeeds: ws.userSeeds });
    const manifest = await Deno.readTextFile(`${ws.userSeeds}/manifest.json`);
    const path = await ws.put("reply.docx", "Total spend £5k");
    await assert.rejects(
      addSource(path, { userSeeds: ws.userSeeds }),
      (error) =>
        error instanceof SyntaxError &&
        error.message.startsWith(`Cannot read "${path}": it is not a Word (.docx) file (`),
    );
    assert.deepEqual(await ws.list("seeds/user"), [
      "first.review.csv",
      "first.txt",
      "manifest.json",
    ]);
    assert.equal(await Deno.readTextFile(`${ws.userSeeds}/manifest.json`), manifest);
  });
});

Deno.test("addSource() refuses an id already used, by a document added before or a shipped dataset", async () => {
  await withWorkspace(async (ws) => {
    const path = await ws.put("reply.txt", "In 2023/24 we made 214 referrals.\n");
    await addSource(path, { userSeeds: ws.userSeeds, id: "northmoor" });
    const before = await Deno.readTextFile(`${ws.userSeeds}/manifest.json`);
    await assertRejectsWith(
      addSource(path, { userSeeds: ws.userSeeds, id: "northmoor" }),
      RangeError,
      `Cannot add "${path}": the id "northmoor" is already used by seeds/user/northmoor.txt ` +
        "(choose another with --id)",
    );
    await assertRejectsWith(
      addSource(path, { userSeeds: ws.userSeeds, id: "asb_support" }),
      RangeError,
      `Cannot add "${path}": the id "asb_support" is already used by a dataset the toolkit ` +
        "ships (choose another with --id)",
    );
    assert.equal(await Deno.readTextFile(`${ws.userSeeds}/manifest.json`), before);
    assert.deepEqual(await ws.list("seeds/user"), [
      "manifest.json",
      "northmoor.review.csv",
      "northmoor.txt",
    ]);
  });
});

Deno.test("addSource() refuses a bad id, a bad date and a file type it cannot read", async () => {
  await withWorkspace(async (ws) => {
    const path = await ws.put("reply.txt", "214 referrals\n");
    await assertRejectsWith(
      addSource(path, { userSeeds: ws.userSeeds, id: "Northmoor 2025" }),
      RangeError,
      `Cannot add "${path}": the id "Northmoor 2025" must be lower-case letters, digits and ` +
        "underscores, starting with a letter (give one with --id)",
    );
    await assertRejectsWith(
      addSource(path, { userSeeds: ws.userSeeds, date: "2/5/2025" }),
      RangeError,
      `Cannot add "${path}": the date "2/5/2025" is not a date such as 2025-05-02`,
    );
    const sheet = await ws.put("figures.xlsx", await docxBytes(["£5"]));
    await assertRejectsWith(
      addSource(sheet, { userSeeds: ws.userSeeds }),
      TypeError,
      `Cannot add "${sheet}": expected a .pdf, .docx, .txt, .md or .html file, got ".xlsx"`,
    );
    assert.deepEqual(await ws.list("seeds/user"), []);
  });
});

Deno.test("addSource() reads a web page's table, citing the lines of its HTML", async () => {
  await withWorkspace(async (ws) => {
    // An invented FOI reply published as a web page: two grants and their total on lines 4-6.
    const html = [
      "<h1>Westmere OPCC: FOI 0311/25</h1>",
      "<table>",
      "<tr><th>Grant</th><th>2024/25</th></tr>",
      "<tr><td>Rape crisis centre</td><td>£64,000</td></tr>",
      "<tr><td>Stalking advocacy</td><td>£22,500</td></tr>",
      "<tr><td>Total</td><td>£86,500</td></tr>",
      "</table>",
    ].join("\n");
    const added = await addSource(await ws.put("westmere.html", html), { userSeeds: ws.userSeeds });
    assert.equal(added.entry.format, "html");
    assert.deepEqual(added.rows.map((r) => [r.value, r.line, r.role, r.part_of]), [
      ["64000", "4", "observation", "F3"],
      ["22500", "5", "observation", "F3"],
      ["86500", "6", "total", ""],
    ]);
  });
});

// Three replies, each with its own figure, for adding at once.
const REPLIES = ["harbour", "lantern", "willow"].map((id, i) => ({
  id,
  text: `Our ref: FOI ${100 + i}/25\n\nIn 2023/24 we made ${214 + i} referrals.\n`,
}));

Deno.test("addSource() run three times at once keeps every entry in the manifest", async () => {
  await withWorkspace(async (ws) => {
    const paths = await Promise.all(REPLIES.map((r) => ws.put(`${r.id}.txt`, r.text)));
    await Promise.all(
      paths.map((path, i) => addSource(path, { userSeeds: ws.userSeeds, id: REPLIES[i].id })),
    );
    const manifest = await readSourcesManifest(ws.userSeeds);
    assert.deepEqual(manifest.map((e) => e.id).sort(), ["harbour", "lantern", "willow"]);
    assert.deepEqual(manifest.map((e) => e.reference).sort(), [
      "FOI 100/25",
      "FOI 101/25",
      "FOI 102/25",
    ]);
  });
});

Deno.test("addSource() run twice at once with one id adds it once and refuses the other", async () => {
  await withWorkspace(async (ws) => {
    const [a, b] = await Promise.all(REPLIES.slice(0, 2).map((r) => ws.put(`${r.id}.txt`, r.text)));
    const results = await Promise.allSettled([
      addSource(a, { userSeeds: ws.userSeeds, id: "reply" }),
      addSource(b, { userSeeds: ws.userSeeds, id: "reply" }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ["fulfilled", "rejected"]);
    const added = results.findIndex((r) => r.status === "fulfilled");
    await assertRejectsWith(
      Promise.reject((results[1 - added] as PromiseRejectedResult).reason),
      RangeError,
      `Cannot add "${[a, b][1 - added]}": the id "reply" is already used by ` +
        "seeds/user/reply.txt (choose another with --id)",
    );
    const [entry] = await readSourcesManifest(ws.userSeeds);
    // The copy, its review file and its entry are all of the one that was added.
    assert.equal(entry.reference, `FOI ${100 + added}/25`);
    assert.equal(await Deno.readTextFile(`${ws.userSeeds}/reply.txt`), REPLIES[added].text);
    assert.deepEqual(await ws.list("seeds/user"), [
      "manifest.json",
      "reply.review.csv",
      "reply.txt",
    ]);
  });
});

Deno.test("deno task add run in three processes at once keeps every entry in the manifest", async () => {
  await withWorkspace(async (ws) => {
    const paths = await Promise.all(REPLIES.map((r) => ws.put(`${r.id}.txt`, r.text)));
    const cli = new URL("../../lib/cli/add.ts", import.meta.url).pathname;
    const runs = await Promise.all(paths.map((path) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", cli, path, "--user-seeds", ws.userSeeds],
        env: { NO_COLOR: "1" },
        stdout: "null",
        stderr: "piped",
      }).output()
    ));
    for (const run of runs) assert.equal(run.code, 0, new TextDecoder().decode(run.stderr));
    const manifest = await readSourcesManifest(ws.userSeeds);
    assert.deepEqual(manifest.map((e) => e.id).sort(), ["harbour", "lantern", "willow"]);
  });
});
