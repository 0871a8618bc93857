import assert from "node:assert/strict";
import { assertRejectsWith } from "../_assert.ts";
import { readDocument } from "../../lib/ingest/mod.ts";

Deno.test("readDocument() reads UTF-8 text and drops a byte-order mark", async () => {
  const path = await Deno.makeTempFile({ suffix: ".md" });
  await Deno.writeTextFile(path, "\uFEFF| Year | Spend |\n");
  assert.equal(await readDocument(path), "| Year | Spend |\n");
  await Deno.remove(path);
});

Deno.test("readDocument() refuses a binary file with a SyntaxError naming it", async () => {
  const path = await Deno.makeTempFile({ suffix: ".bin" });
  await Deno.writeFile(path, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]));
  await assert.rejects(
    () => readDocument(path),
    (error: unknown) =>
      error instanceof SyntaxError &&
      error.message === `Cannot read "${path}": it is not UTF-8 text, a PDF or a Word (.docx) file`,
  );
  await Deno.remove(path);
});

Deno.test("readDocument() reads a file named .pdf as a PDF, and names a broken one", async () => {
  const path = await Deno.makeTempFile({ suffix: ".pdf" });
  await Deno.writeFile(path, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
  await assertRejectsWith(
    readDocument(path),
    SyntaxError,
    `Cannot read "${path}": it is not a readable PDF (Invalid PDF structure.)`,
  );
  await Deno.remove(path);
});

Deno.test("readDocument() refuses text that is not UTF-8 (Windows-1252 £) with a SyntaxError", async () => {
  const path = await Deno.makeTempFile({ suffix: ".txt" });
  await Deno.writeFile(path, new Uint8Array([0xa3, 0x35, 0x30, 0x30]));
  await assertRejectsWith(
    readDocument(path),
    SyntaxError,
    `Cannot read "${path}": it is not UTF-8 text, a PDF or a Word (.docx) file`,
  );
  await Deno.remove(path);
});

Deno.test("readDocument() names a missing file in the error", async () => {
  await assert.rejects(
    () => readDocument("/no/such/reply.txt"),
    (error: unknown) =>
      error instanceof Deno.errors.NotFound &&
      error.message.startsWith('Cannot read "/no/such/reply.txt": '),
  );
});
