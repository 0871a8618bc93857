import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readNotebook } from "../../lib/notebook/mod.ts";

const FIXTURES = new URL("../fixtures/notebooks/", import.meta.url).pathname;

Deno.test("readNotebook() names the path when there is no such file", async () => {
  const path = `${FIXTURES}missing.ipynb`;
  await assert.rejects(readNotebook(path), (error: Error) => {
    assert.ok(error instanceof Deno.errors.NotFound);
    assert.equal(error.message, `Cannot read notebook "${path}": no such file`);
    return true;
  });
});

Deno.test("readNotebook() gives the line and column where truncated JSON ends", async () => {
  // truncated.ipynb.part (named like an unfinished download, and so left alone by `deno fmt`) is
  // the first 230 bytes of v4_4_no_ids.ipynb: line 13 is `   "source": ["c`, 16 characters, so
  // the input runs out at column 17, inside a string.
  const path = `${FIXTURES}truncated.ipynb.part`;
  await assert.rejects(readNotebook(path), (error: Error) => {
    assert.ok(error instanceof SyntaxError);
    assert.equal(
      error.message,
      `Cannot parse notebook "${path}" at line 13, column 17: ` +
        "unexpected end of input inside a string",
    );
    return true;
  });
});

Deno.test("readNotebook() lists every bad field with its JSON path", async () => {
  const path = `${FIXTURES}wrong_cell_type.ipynb`;
  await assert.rejects(readNotebook(path), (error: Error) => {
    assert.ok(error instanceof TypeError);
    assert.equal(
      error.message,
      `Cannot read notebook "${path}": 3 fields are not valid nbformat 4.5\n` +
        '  cells[3].cell_type: expected one of "code", "markdown", "raw", got "Code"\n' +
        '  cells[4].outputs[0].name: expected one of "stdout", "stderr", got "stdlog"\n' +
        '  cells[4].execution_count: expected number, got "3"',
    );
    assert.deepEqual((error.cause as { path: string }[]).map((problem) => problem.path), [
      "cells[3].cell_type",
      "cells[4].outputs[0].name",
      "cells[4].execution_count",
    ]);
    return true;
  });
});

Deno.test("readNotebook() rejects nbformat 3 as an unsupported version", async () => {
  const path = `${FIXTURES}nbformat3.ipynb`;
  await assert.rejects(readNotebook(path), (error: Error) => {
    assert.ok(error instanceof RangeError);
    assert.equal(
      error.message,
      `Cannot read notebook "${path}": nbformat 3 is not supported (only 4.0 to 4.5)`,
    );
    return true;
  });
});

Deno.test("readNotebook() upgrades 4.4 to 4.5 with ids from a hash of index and source", async () => {
  const nb = await readNotebook(`${FIXTURES}v4_4_no_ids.ipynb`);
  assert.equal(nb.nbformat_minor, 5);
  // Cells 0 and 2 have the same source "# Funding\n"; the index in the hash keeps them apart.
  const expected = ["# Funding\n", "const year = 2023;\n", "# Funding\n"].map((source, index) =>
    createHash("sha256").update(`${index}\n${source}`).digest("hex").slice(0, 8)
  );
  assert.deepEqual(nb.cells.map((cell) => cell.id), expected);
  assert.equal(new Set(expected).size, 3);
  const again = await readNotebook(`${FIXTURES}v4_4_no_ids.ipynb`);
  assert.deepEqual(again, nb);
});

Deno.test("readNotebook() rejects a file that is not UTF-8", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/latin1.ipynb`;
  await Deno.writeFile(path, new Uint8Array([0x7b, 0xa3, 0x7d])); // "{£}" in Latin-1
  await assert.rejects(readNotebook(path), (error: Error) => {
    assert.ok(error instanceof SyntaxError);
    assert.equal(error.message, `Cannot read notebook "${path}": the file is not valid UTF-8`);
    return true;
  });
  await Deno.remove(dir, { recursive: true });
});
