import assert from "node:assert/strict";
import { writeFileAtomic } from "../../lib/io/write_file_atomic.ts";

async function listDir(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((entry) => entry.name).sort();
}

Deno.test("writeFileAtomic() creates missing folders and writes text as UTF-8", async () => {
  const dir = await Deno.makeTempDir();
  await writeFileAtomic(`${dir}/a/b/findings.md`, "£435,000\n");
  // "£" is two bytes in UTF-8 (C2 A3), so 9 characters are 10 bytes.
  assert.deepEqual((await Deno.readFile(`${dir}/a/b/findings.md`)).length, 10);
  assert.equal(await Deno.readTextFile(`${dir}/a/b/findings.md`), "£435,000\n");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeFileAtomic() replaces an existing file with bytes, leaving nothing else", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/r.arrow`, "previous contents, longer than the new ones");
  await writeFileAtomic(`${dir}/r.arrow`, new Uint8Array([0, 1, 2, 255]));
  assert.deepEqual(await Deno.readFile(`${dir}/r.arrow`), new Uint8Array([0, 1, 2, 255]));
  assert.deepEqual(await listDir(dir), ["r.arrow"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeFileAtomic() leaves no temporary file behind when the rename fails", async () => {
  const dir = await Deno.makeTempDir();
  // A non-empty folder where the file should go: the temporary file is written, the rename over
  // the folder fails, and the folder is left as it was.
  await Deno.mkdir(`${dir}/taken.json`);
  await Deno.writeTextFile(`${dir}/taken.json/keep.txt`, "kept");
  await assert.rejects(writeFileAtomic(`${dir}/taken.json`, "{}\n"), (error: Error) => {
    assert.ok(error instanceof Deno.errors.IsADirectory, String(error));
    assert.match(
      error.message,
      /^Is a directory \(os error 21\): rename '.+' -> '.+\/taken\.json'$/,
    );
    return true;
  });
  assert.deepEqual(await listDir(dir), ["taken.json"]);
  assert.deepEqual(await listDir(`${dir}/taken.json`), ["keep.txt"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeFileAtomic() streams through a writer, and keeps the old file when it throws", async () => {
  const dir = await Deno.makeTempDir();
  const chunks = ["financial_year,value\n", "2021-22,561813\n", "2022-23,572798\n"];
  const encoder = new TextEncoder();
  await writeFileAtomic(`${dir}/vf.csv`, async (file) => {
    for (const chunk of chunks) await file.write(encoder.encode(chunk));
  });
  assert.equal(await Deno.readTextFile(`${dir}/vf.csv`), chunks.join(""));
  await assert.rejects(
    writeFileAtomic(`${dir}/vf.csv`, async (file) => {
      await file.write(encoder.encode("financial_year,value\n"));
      throw new RangeError("no row 2");
    }),
    new RangeError("no row 2"),
  );
  assert.equal(await Deno.readTextFile(`${dir}/vf.csv`), chunks.join(""));
  assert.deepEqual(await listDir(dir), ["vf.csv"]);
  await Deno.remove(dir, { recursive: true });
});
