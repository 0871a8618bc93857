import assert from "node:assert/strict";
import { outputStems } from "../../lib/ingest/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("outputStems() names each document after its file, without the extension", () => {
  assert.deepEqual(outputStems(["seeds/reply.txt", "docs/table.htm", "notes"]), [
    "reply",
    "table",
    "notes",
  ]);
});

Deno.test("outputStems() tells apart files named alike by their extension, then their folders", () => {
  assert.deepEqual(outputStems(["a/resp.txt", "b/resp.txt", "resp.html"]), [
    "a_resp.txt",
    "b_resp.txt",
    "resp.html",
  ]);
  assert.deepEqual(outputStems(["x/a/resp.txt", "y/a/resp.txt"]), ["x_a_resp.txt", "y_a_resp.txt"]);
});

Deno.test("outputStems() counts names differing only in case as the same", () => {
  assert.deepEqual(outputStems(["Reply.txt", "reply.md"]), ["Reply.txt", "reply.md"]);
});

Deno.test("outputStems() refuses the same file given twice, since one output would replace the other", () => {
  assertThrowsWith(
    () => outputStems(["in/reply.txt", "in/./reply.txt"]),
    RangeError,
    'Cannot write "in/reply.txt" and "in/./reply.txt" to one folder: both would be named ' +
      '"in_reply.txt" (the same file is given twice)',
  );
});
