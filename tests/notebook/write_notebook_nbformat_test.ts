// Checks our writer against the reference implementation: Debian's python3-nbformat.
import assert from "node:assert/strict";
import {
  parameterize,
  readNotebook,
  serializeNotebook,
  writeNotebook,
} from "../../lib/notebook/mod.ts";
import { commandSucceeds, requireTool } from "../_tools.ts";
import { everyOutputNotebook } from "./_sample_notebooks.ts";

// The default `python3` here is a pyenv build without nbformat; Debian's is the reference.
const PYTHON = "/usr/bin/python3";
const nbformat = requireTool(
  "/usr/bin/python3 with nbformat (apt-get install python3-nbformat)",
  commandSucceeds(PYTHON, ["-c", "import nbformat"]),
);

async function python(script: string, ...args: string[]): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(PYTHON, {
    args: ["-c", script, ...args],
  }).output();
  const decoder = new TextDecoder();
  assert.ok(success, `python failed: ${decoder.decode(stderr)}`);
  return decoder.decode(stdout);
}

const VALIDATE = "import nbformat, sys; " +
  "nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')";

const REWRITE = "import nbformat, sys; " +
  "nbformat.write(nbformat.read(sys.argv[1], as_version=4), sys.argv[2])";

Deno.test({
  name: "writeNotebook() writes a notebook with every output type that nbformat.validate() accepts",
  ...nbformat,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const path = `${dir}/every_output.ipynb`;
    await writeNotebook(path, everyOutputNotebook());
    assert.equal(await python(VALIDATE, path), "valid\n");
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name:
    "writeNotebook() output comes back byte for byte from nbformat.read() then nbformat.write()",
  ...nbformat,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    await writeNotebook(`${dir}/ours.ipynb`, everyOutputNotebook());
    await python(REWRITE, `${dir}/ours.ipynb`, `${dir}/theirs.ipynb`);
    const ours = await Deno.readTextFile(`${dir}/ours.ipynb`);
    assert.equal(await Deno.readTextFile(`${dir}/theirs.ipynb`), ours);
    await Deno.remove(dir, { recursive: true });
  },
});

// Built with nbformat's own constructors, including text nbformat splits at \r and U+2028.
const BUILD = `
import nbformat, sys
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_output
nb = new_notebook(metadata={"kernelspec": {"name": "deno", "display_name": "Deno"}})
nb.cells = [
  new_markdown_cell("# Title\\r\\nline\\u2028next \\u00a3", id="md"),
  new_code_cell("x = 1\\ny", id="code", execution_count=4, outputs=[
    new_output("stream", name="stdout", text="a\\nb\\n"),
    new_output("execute_result", execution_count=4,
      data={"text/plain": "1\\n2", "application/json": {"z": [0.5, 1e-05, 3]}}),
    new_output("error", ename="Error", evalue="boom", traceback=["Error: boom", "  at x"]),
  ]),
]
nbformat.write(nb, sys.argv[1])
`;

Deno.test({
  name: "serializeNotebook() reproduces a notebook nbformat wrote, byte for byte",
  ...nbformat,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const path = `${dir}/python.ipynb`;
    await python(BUILD, path);
    assert.equal(serializeNotebook(await readNotebook(path)), await Deno.readTextFile(path));
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name: "a 4.4 notebook read, parameterized and written is valid nbformat 4.5",
  ...nbformat,
  fn: async () => {
    const source = new URL("../fixtures/notebooks/v4_4_no_ids.ipynb", import.meta.url).pathname;
    const dir = await Deno.makeTempDir();
    const path = `${dir}/run.ipynb`;
    const nb = parameterize(await readNotebook(source), { year: "2024" });
    await writeNotebook(path, nb, { sourcePath: source });
    assert.equal(await python(VALIDATE, path), "valid\n");
    const written = JSON.parse(await Deno.readTextFile(path));
    assert.equal(written.nbformat_minor, 5);
    assert.deepEqual(written.cells[2].source, [
      "// Parameters injected by the notebook runner\n",
      "const year = 2024;\n",
    ]);
    await Deno.remove(dir, { recursive: true });
  },
});
