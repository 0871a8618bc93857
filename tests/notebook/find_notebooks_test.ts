import assert from "node:assert/strict";
import { findNotebooks } from "../../lib/notebook/find_notebooks.ts";

Deno.test("findNotebooks() lists a folder's notebooks by name, leaving out checkpoints and hidden files", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/.ipynb_checkpoints`);
  await Deno.mkdir(`${dir}/nested.ipynb`); // a folder, whatever its name
  const files = ["b.ipynb", "a.ipynb", "c.txt", ".hidden.ipynb", ".ipynb_checkpoints/a.ipynb"];
  for (const name of files) await Deno.writeTextFile(`${dir}/${name}`, "{}");
  assert.deepEqual(await findNotebooks([dir]), [`${dir}/a.ipynb`, `${dir}/b.ipynb`]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("findNotebooks() keeps files and missing paths as given, in order", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/z.ipynb`, "{}");
  await Deno.writeTextFile(`${dir}/notes.txt`, "");
  assert.deepEqual(
    await findNotebooks([`${dir}/z.ipynb`, "no/such.ipynb", `${dir}/notes.txt`, dir]),
    [`${dir}/z.ipynb`, "no/such.ipynb", `${dir}/notes.txt`, `${dir}/z.ipynb`],
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("findNotebooks() finds nothing in an empty folder", async () => {
  const dir = await Deno.makeTempDir();
  assert.deepEqual(await findNotebooks([dir]), []);
  await Deno.remove(dir, { recursive: true });
});
