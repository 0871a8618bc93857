// Hostile input to the runner's steps that need no kernel (issue 17, item 10): parameters that
// would change a prototype or read as hexadecimal, a notebook nested 200,000 levels deep, text
// that would drive the terminal, an output folder that is a file, names differing only in case.
import assert from "node:assert/strict";
import { join } from "node:path";
import { assertRejectsWith, assertThrowsWith } from "../_assert.ts";
import {
  type Cell,
  formatRunSummary,
  type Notebook,
  parameterize,
  parseNotebook,
  readNotebook,
  runNotebooks,
  terminalText,
} from "../../lib/notebook/mod.ts";

function notebook(source: string): Notebook {
  const cell: Cell = {
    id: "params",
    cell_type: "code",
    metadata: { tags: ["parameters"] },
    source,
    execution_count: null,
    outputs: [],
  };
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [cell] };
}

Deno.test("parameterize() refuses JSON whose __proto__ key would set an object's prototype", () => {
  const nb = notebook("const obj = {};\nconst list = [];\nconst anything = null;");
  for (
    const [name, text] of [
      ["obj", '{"__proto__":{"polluted":1}}'],
      ["obj", '{"a":{"b":[{"__proto__":{"polluted":1}}]}}'],
      ["list", '[{"__proto__":{"polluted":1}}]'],
      ["anything", '{"__proto__":{"polluted":1}}'],
    ]
  ) {
    assertThrowsWith(
      () => parameterize(nb, { [name]: text }, { path: "a.ipynb" }),
      TypeError,
      `Cannot set parameter "${name}" to "${text}": the key "__proto__" would set an object's ` +
        "prototype, not a property",
    );
  }
  // A key that merely mentions it is a property like any other.
  const fine = parameterize(nb, { obj: '{"__proto__x":1}' });
  assert.equal(
    fine.cells[1].source,
    'const obj = {"__proto__x":1};\n'.replace(
      /^/,
      "// Parameters injected by the notebook runner\n",
    ),
  );
});

Deno.test("parameterize() reads a number parameter as a decimal number only", () => {
  const nb = notebook("const n = 5;");
  for (
    const text of ["0x10", "0b101", "0o17", " 16", "16 ", "1_000", "Infinity", "-Infinity", "+"]
  ) {
    assertThrowsWith(
      () => parameterize(nb, { n: text }),
      TypeError,
      `Cannot set parameter "n" to "${text}": expected a finite decimal number like its default 5`,
    );
  }
  // 16, -2.5, 1e3 = 1000, .5 and +7 are decimal numbers.
  const injected = (text: string) => parameterize(nb, { n: text }).metadata.runner;
  assert.deepEqual(injected("16"), { parameters: { n: 16 } });
  assert.deepEqual(injected("-2.5"), { parameters: { n: -2.5 } });
  assert.deepEqual(injected("1e3"), { parameters: { n: 1000 } });
  assert.deepEqual(injected(".5"), { parameters: { n: 0.5 } });
  assert.deepEqual(injected("+7"), { parameters: { n: 7 } });
});

Deno.test("parseNotebook() names the file of a notebook nested 200,000 levels deep", () => {
  const deep = "[".repeat(200_000) + "]".repeat(200_000);
  const valid = `{"nbformat":4,"nbformat_minor":5,"metadata":{"x":${deep}},"cells":[]}`;
  // The notebook's object, its metadata and 200,000 arrays: 200,002 levels. The broken copy is
  // not JSON either: the error locator must not recurse into it.
  const broken = valid.replace(/\]$/, "");
  for (const text of [valid, broken]) {
    assertThrowsWith(
      () => parseNotebook(text, "deep.ipynb"),
      RangeError,
      'Cannot read notebook "deep.ipynb": its JSON nests 200,002 levels deep, more than the ' +
        "1,000 a notebook may have",
    );
  }
  // Brackets inside strings are text, not nesting.
  const text = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { note: "[".repeat(5000) },
    cells: [],
  });
  assert.equal(parseNotebook(text, "ok.ipynb").metadata.note, "[".repeat(5000));
});

Deno.test("readNotebook() names the file of a deep notebook on disk", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "deep.ipynb");
    // The object and 1,001 arrays: 1,002 levels.
    await Deno.writeTextFile(path, `{"cells":${"[".repeat(1001)}${"]".repeat(1001)}}`);
    await assertRejectsWith(
      readNotebook(path),
      RangeError,
      `Cannot read notebook "${path}": its JSON nests 1,002 levels deep, more than the 1,000 a ` +
        "notebook may have",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("terminalText() removes OSC 52, clear-screen and title codes and shows other controls", () => {
  const osc52 = "\x1b]52;c;cm0gLXJmIH4=\x07"; // writes "rm -rf ~" to the clipboard
  const title = "\x1b]0;pwned\x1b\\";
  const clear = "\x1b[2J\x1b[H";
  assert.equal(terminalText(`${osc52}${title}${clear}total 42`), "total 42");
  // A lone ESC, a C1 CSI (U+009B), a carriage return, a bell and a backspace are shown, not sent.
  assert.equal(terminalText("a\x1bb\u009b2Jc\rd\x07e\bf"), "a\\x1bb\\x9b2Jc\\x0dd\\x07e\\x08f");
  assert.equal(terminalText("tab\tand\nnewline"), "tab\tand\nnewline");
  const once = terminalText(`x${osc52}\x1b`);
  assert.equal(terminalText(once), once);
});

Deno.test("formatRunSummary() prints a cell error's escape codes neutralised", () => {
  const evalue = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2Jboom";
  const failure = new Error(`Cannot run notebook "a.ipynb": cells[0] raised Error: ${evalue}`);
  const text = formatRunSummary({
    results: [{
      path: "a.ipynb",
      status: "error",
      message: failure.message,
      failure,
      cellError: null,
      differences: [],
      notebook: null,
      written: null,
      cells: { done: 1, total: 1 },
      cache: null,
      durationMs: 100,
    }],
    ok: false,
    durationMs: 100,
  });
  assert.equal(
    text,
    'ERROR a.ipynb\nCannot run notebook "a.ipynb": cells[0] raised Error: boom\n\n' +
      "1 notebook in 0.1 s: 0 ok, 1 error\n",
  );
});

Deno.test("runNotebooks() refuses an output folder that is a file before running anything", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(join(dir, "README.md"), "# A file");
    const events: string[] = [];
    for (
      const [outDir, what] of [
        [join(dir, "README.md"), "it is a file"],
        [join(dir, "README.md", "sub"), `"${join(dir, "README.md")}" is a file`],
      ]
    ) {
      await assertRejectsWith(
        runNotebooks(["notebooks/01_victim_first.ipynb"], {
          outDir,
          onEvent: (event) => events.push(event.type),
        }),
        RangeError,
        `Cannot write executed notebooks to "${outDir}": ${what}, not a folder`,
      );
    }
    assert.deepEqual(events, []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runNotebooks() refuses two notebooks whose names differ only in case", async () => {
  await assertRejectsWith(
    runNotebooks(["a/Report.ipynb", "b/report.ipynb"], { outDir: "out/notebooks" }),
    RangeError,
    'Cannot write notebooks "a/Report.ipynb" and "b/report.ipynb" to "out/notebooks": their ' +
      "names differ only in case, and would be one file on some systems",
  );
});
