import assert from "node:assert/strict";
import { relative } from "node:path";
import { PROJECT_ROOT } from "../../lib/data/mod.ts";
import { assertRejectsWith } from "../_assert.ts";
import { readNotebook } from "../../lib/notebook/read_notebook.ts";
import { joinSource } from "../../lib/notebook/nbformat.ts";
import { acceptSource, addSource, newNotebook } from "../../lib/sources/mod.ts";
import { eastholmDocx, northmoorPdf, withWorkspace, type Workspace } from "./_fixtures.ts";

async function accept(ws: Workspace, id: string, name: string, bytes: Uint8Array) {
  await addSource(await ws.put(name, bytes), { userSeeds: ws.userSeeds, id });
  await acceptSource(id, ws);
}

Deno.test("newNotebook() writes a notebook that loads the dataset and runs the analyses that fit it", async () => {
  await withWorkspace(async (ws) => {
    await accept(ws, "northmoor", "n.pdf", await northmoorPdf());
    const written = await newNotebook("northmoor_funding", {
      ...ws,
      dataset: "northmoor",
      dir: `${ws.root}/notebooks`,
    });
    // Two years for each service (2022-23 and 2023-24), two amounts in pounds in 2023-24.
    assert.deepEqual(written.analyses, ["yoy", "budget-shares"]);
    const nb = await readNotebook(written.path);
    const sources = nb.cells.map((c) => joinSource(c.source));
    assert.deepEqual(nb.cells.map((c) => c.id), [
      "title",
      "setup",
      "parameters",
      "summary",
      "yoy-title",
      "yoy",
      "budget-title",
      "budget",
      "checks",
    ]);
    // The toolkit is imported by its path from the notebook's folder.
    const lib = relative(`${ws.root}/notebooks`, `${PROJECT_ROOT}lib/mod.ts`);
    assert.ok(sources[1].includes(`} from "${lib}";`), sources[1]);
    assert.ok(sources[1].includes('const data = await load("northmoor");'));
    assert.equal(sources[2], 'const year = "2023-24";');
    assert.deepEqual(nb.cells[2].metadata.tags, ["parameters"]);
    assert.ok(sources[0].includes("Licence: unknown. File: `seeds/user/northmoor.pdf`."));
  });
});

Deno.test("newNotebook() breaks down a year's counts when there is no money to share", async () => {
  await withWorkspace(async (ws) => {
    await accept(ws, "eastholm", "e.docx", await eastholmDocx());
    const written = await newNotebook("eastholm", { ...ws, dataset: "eastholm", dir: ws.root });
    assert.deepEqual(written.analyses, ["breakdown"]);
    const nb = await readNotebook(written.path);
    assert.ok(
      nb.cells.some((c) =>
        joinSource(c.source).includes('breakdown(counts, { category: "label" })')
      ),
    );
  });
});

Deno.test("newNotebook() refuses a dataset not accepted, a bad name and an existing notebook", async () => {
  await withWorkspace(async (ws) => {
    await addSource(await ws.put("n.pdf", await northmoorPdf()), {
      userSeeds: ws.userSeeds,
      id: "n",
    });
    await assertRejectsWith(
      newNotebook("n", { ...ws, dataset: "n", dir: ws.root }),
      RangeError,
      'Cannot write notebook "n": "n" is not an accepted user dataset (deno task add FILE, then ' +
        "deno task add --accept ID)",
    );
    await assertRejectsWith(
      newNotebook("../n", { ...ws, dataset: "n", dir: ws.root }),
      TypeError,
      'Cannot write notebook "../n": a name is letters, digits, "_", "-" and "." only',
    );
    await acceptSource("n", ws);
    await Deno.writeTextFile(`${ws.root}/n.ipynb`, "{}");
    await assertRejectsWith(
      newNotebook("n", { ...ws, dataset: "n", dir: ws.root }),
      Deno.errors.AlreadyExists,
      `Cannot write notebook "${ws.root}/n.ipynb": it exists already`,
    );
    assert.equal(await Deno.readTextFile(`${ws.root}/n.ipynb`), "{}");
  });
});
