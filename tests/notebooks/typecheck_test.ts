// Issue 10 item 5: the notebooks read typed rows and typed analysis results, with no casts, so
// their code compiles as it stands. The kernel does not type-check a cell; this test does, on
// each notebook's code cells joined in order (a notebook's cells share one scope, as here).
import assert from "node:assert/strict";
import { PROJECT_ROOT } from "../../lib/data/mod.ts";
import { joinSource, readNotebook } from "../../lib/notebook/mod.ts";
import { typeErrors } from "../_type_errors.ts";
import { codeCells, notebookFiles, NOTEBOOKS_DIR } from "./_notebooks.ts";

// What the issue names as the idioms typed rows replace.
const FORBIDDEN: [RegExp, string][] = [
  [/as Record<string, any>/, "a cast to Record<string, any>"],
  [/\.objects?\([^)]*\)\s+as\b/, "a cast of .objects() or .object()"],
  [/\?\?\s*0\b/, "?? 0, which reads a missing figure as zero"],
  [/const (?:doc|at) = /, "a local doc() or at() citation helper: use cite()"],
];

Deno.test("the notebooks use typed rows: no casts, no ?? 0, no local citation helpers", async () => {
  for (const name of notebookFiles()) {
    const nb = await readNotebook(`${NOTEBOOKS_DIR}${name}`);
    for (const cell of codeCells(nb)) {
      const code = joinSource(cell.source);
      for (const [pattern, what] of FORBIDDEN) {
        assert.doesNotMatch(code, pattern, `${name}, cell "${cell.id}": ${what}`);
      }
    }
  }
});

Deno.test("the notebooks' code type-checks as written", async () => {
  const dir = await Deno.makeTempDir({ prefix: "notebook_types_" });
  try {
    const files = [];
    for (const name of notebookFiles()) {
      const nb = await readNotebook(`${NOTEBOOKS_DIR}${name}`);
      const code = codeCells(nb).map((cell) => joinSource(cell.source)).join("\n\n")
        .replaceAll('from "../lib/', `from "${PROJECT_ROOT}lib/`);
      const file = `${dir}/${name.replace(/\.ipynb$/, ".ts")}`;
      await Deno.writeTextFile(file, `${code}\nexport {};\n`);
      files.push(file);
    }
    const errors = (await typeErrors(files)).map((e) => e.replaceAll(`${dir}/`, ""));
    assert.deepEqual(errors, [], errors.join("\n"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
