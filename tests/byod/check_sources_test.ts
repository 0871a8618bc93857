import assert from "node:assert/strict";
import { acceptSource, addSource, checkSources } from "../../lib/sources/mod.ts";
import { northmoorPdf, withWorkspace, type Workspace } from "./_fixtures.ts";

async function accepted(ws: Workspace): Promise<void> {
  const file = await ws.put("northmoor.pdf", await northmoorPdf());
  await addSource(file, { userSeeds: ws.userSeeds, id: "northmoor" });
  await acceptSource("northmoor", ws);
}

Deno.test("checkSources() passes an accepted document, its review file and its dataset as recorded", async () => {
  await withWorkspace(async (ws) => {
    await accepted(ws);
    const report = await checkSources(ws);
    assert.equal(report.ok, true);
    assert.deepEqual(report.documents, [
      { id: "northmoor", problems: [], rows: 7, accepted: true },
    ]);
    assert.deepEqual(report.lines, [
      `Your documents (${ws.userSeeds}, added with deno task add)`,
      "  ok   northmoor                     7 rows",
    ]);
  });
});

Deno.test("checkSources() reports a document changed since it was added", async () => {
  await withWorkspace(async (ws) => {
    await accepted(ws);
    const path = `${ws.userSeeds}/northmoor.pdf`;
    await Deno.writeFile(path, new Uint8Array([...await Deno.readFile(path), 0x0a]));
    const report = await checkSources(ws);
    assert.equal(report.ok, false);
    assert.match(
      report.failures[0],
      new RegExp(
        `^Your document "northmoor": ${path} is not the document recorded in the manifest`,
      ),
    );
  });
});

Deno.test("checkSources() reports a review file edited after it was accepted, and does not use it", async () => {
  await withWorkspace(async (ws) => {
    await accepted(ws);
    const path = `${ws.userSeeds}/northmoor.review.csv`;
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace("Service: Harbour Refuge", "Harbour Refuge"));
    const [document] = (await checkSources(ws)).documents;
    assert.equal(document.rows, null);
    assert.match(
      document.problems[0],
      new RegExp(
        `^${path} has changed since it was accepted .*: run deno task add --accept northmoor$`,
      ),
    );
  });
});

Deno.test("checkSources() reports a dataset that differs from its reviewed extraction", async () => {
  await withWorkspace(async (ws) => {
    await accepted(ws);
    const path = `${ws.data}/northmoor.csv`;
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace(",120500,GBP,", ",125000,GBP,"));
    const report = await checkSources(ws);
    assert.deepEqual(report.documents[0].problems, [
      `${path} differs from its reviewed extraction (northmoor.review.csv): run deno task add ` +
      "--accept northmoor",
    ]);
    await Deno.remove(path);
    assert.deepEqual((await checkSources(ws)).documents[0].problems, [
      `${path} is missing: run deno task add --accept northmoor`,
    ]);
  });
});

Deno.test("checkSources() reports a names file that does not name the accepted datasets", async () => {
  await withWorkspace(async (ws) => {
    await accepted(ws);
    await Deno.writeTextFile(ws.namesFile, "export type UserDatasetName = never;\n");
    const report = await checkSources(ws);
    assert.deepEqual(report.failures, [
      `${ws.namesFile} does not name the accepted datasets of the manifest (run deno ` +
      "task add --accept ID again)",
    ]);
  });
});

Deno.test("checkSources() says nothing and passes when no document was added", async () => {
  await withWorkspace(async (ws) => {
    const report = await checkSources(ws);
    assert.deepEqual([report.ok, report.lines, report.failures], [true, [], []]);
  });
});
