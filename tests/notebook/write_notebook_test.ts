import assert from "node:assert/strict";
import { serializeNotebook, writeNotebook } from "../../lib/notebook/mod.ts";
import { everyOutputNotebook } from "./_sample_notebooks.ts";

async function listDir(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((entry) => entry.name).sort();
}

Deno.test("writeNotebook() creates missing folders and writes the serialised text", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/out/executed/every_output.ipynb`;
  await writeNotebook(path, everyOutputNotebook());
  assert.equal(await Deno.readTextFile(path), serializeNotebook(everyOutputNotebook()));
  assert.deepEqual(await listDir(`${dir}/out/executed`), ["every_output.ipynb"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeNotebook() refuses to overwrite the source notebook, however it is spelled", async () => {
  const dir = await Deno.makeTempDir();
  const source = `${dir}/source.ipynb`;
  await Deno.writeTextFile(source, "original");
  await Deno.symlink(source, `${dir}/link.ipynb`);
  for (const path of [source, `${dir}/./source.ipynb`, `${dir}/link.ipynb`]) {
    await assert.rejects(writeNotebook(path, everyOutputNotebook(), { sourcePath: source }), {
      name: "AlreadyExists",
      message: `Cannot write notebook "${path}": it is the source notebook "${source}"; ` +
        "pass overwriteSource: true to replace it",
    });
  }
  assert.equal(await Deno.readTextFile(source), "original");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeNotebook() overwrites the source notebook when asked to", async () => {
  const dir = await Deno.makeTempDir();
  const source = `${dir}/source.ipynb`;
  await Deno.writeTextFile(source, "original");
  await writeNotebook(source, everyOutputNotebook(), { sourcePath: source, overwriteSource: true });
  assert.equal(await Deno.readTextFile(source), serializeNotebook(everyOutputNotebook()));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeNotebook() writes next to the source under another name", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/source.ipynb`, "original");
  await writeNotebook(`${dir}/source.out.ipynb`, everyOutputNotebook(), {
    sourcePath: `${dir}/source.ipynb`,
  });
  assert.deepEqual(await listDir(dir), ["source.ipynb", "source.out.ipynb"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeNotebook() leaves no temporary file behind when the rename fails", async () => {
  const dir = await Deno.makeTempDir();
  // A non-empty folder where the notebook should go: the temporary file is written, the rename
  // over the folder fails.
  await Deno.mkdir(`${dir}/taken.ipynb`);
  await Deno.writeTextFile(`${dir}/taken.ipynb/keep.txt`, "kept");
  await assert.rejects(
    writeNotebook(`${dir}/taken.ipynb`, everyOutputNotebook()),
    (error: Error) => {
      assert.match(error.message, new RegExp(`^Cannot write notebook "${dir}/taken.ipynb": `));
      return true;
    },
  );
  assert.deepEqual(await listDir(dir), ["taken.ipynb"]);
  assert.deepEqual(await listDir(`${dir}/taken.ipynb`), ["keep.txt"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeNotebook() leaves an existing file untouched when the notebook is invalid", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/executed.ipynb`;
  await Deno.writeTextFile(path, "previous run");
  const nb = everyOutputNotebook();
  nb.cells[0].id = "";
  await assert.rejects(writeNotebook(path, nb), TypeError);
  assert.equal(await Deno.readTextFile(path), "previous run");
  assert.deepEqual(await listDir(dir), ["executed.ipynb"]);
  await Deno.remove(dir, { recursive: true });
});
