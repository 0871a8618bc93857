import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { listParameters, type Notebook } from "../../lib/notebook/mod.ts";

function withParameters(source: string): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { id: "md", cell_type: "markdown", metadata: { tags: ["parameters"] }, source: "# Not code" },
      {
        id: "p",
        cell_type: "code",
        metadata: { tags: ["parameters"] },
        source,
        execution_count: null,
        outputs: [],
      },
    ],
  };
}

function rejects(source: string, message: string): void {
  assertThrowsWith(
    () => listParameters(withParameters(source), { path: "a.ipynb" }),
    SyntaxError,
    `Cannot parse the parameters cell of "a.ipynb" (cells[1]), ${message}`,
  );
}

Deno.test("listParameters() reads literal declarations of every JSON type", () => {
  const source = [
    "// Parameters for the funding notebook",
    "export const year: number = 2_023;",
    "let region = 'North\\tEast'; /* a comment */ var ratio = -0.5",
    "const verbose: boolean = false;",
    "const cutoff = null;",
    "const regions: Array<string> = [",
    '  "London", `South West`,',
    "] as const;",
    "const limits: { low: number; high: number } = { low: 1e3, 'high': 0x10, nested: [true] };",
  ].join("\n");
  assert.deepEqual(listParameters(withParameters(source)), [
    { name: "year", keyword: "const", type: "number", default: 2023, line: 2 },
    { name: "region", keyword: "let", type: "string", default: "North\tEast", line: 3 },
    { name: "ratio", keyword: "var", type: "number", default: -0.5, line: 3 },
    { name: "verbose", keyword: "const", type: "boolean", default: false, line: 4 },
    { name: "cutoff", keyword: "const", type: "null", default: null, line: 5 },
    {
      name: "regions",
      keyword: "const",
      type: "array",
      default: ["London", "South West"],
      line: 6,
    },
    {
      name: "limits",
      keyword: "const",
      type: "object",
      default: { low: 1000, high: 16, nested: [true] },
      line: 9,
    },
  ]);
});

Deno.test("listParameters() returns nothing for a notebook without a parameters code cell", () => {
  const nb = withParameters("");
  nb.cells.pop();
  assert.deepEqual(listParameters(nb), []);
});

Deno.test("listParameters() refuses a default that is not a literal", () => {
  rejects(
    "const year = 2023;\nconst today = new Date();",
    'line 2: expected a literal (string, number, boolean, null, array or object), found "new"',
  );
  rejects(
    "let total = undefined;",
    "line 1: expected a literal (string, number, boolean, null, array or object) " +
      '(use null for no value), found "undefined"',
  );
  rejects(
    "const label = `FY ${year}`;",
    "line 1: a template literal with ${...} is not a literal value",
  );
  rejects("const big = 10n;", 'line 1: unsupported number "10n"');
});

Deno.test("listParameters() refuses statements other than declarations", () => {
  rejects(
    'const year = 2023;\nconsole.log("hi");',
    'line 2: expected "const", "let" or "var", found "console"',
  );
  rejects("let year;", 'line 1: expected "=" and a default value for "year", found ";"');
  rejects(
    "const a = 1 const b = 2;",
    'line 1: expected ";" after the default value of "a", found "const"',
  );
  rejects("const a = 1;\nconst a = 2;", 'line 2: "a" is declared twice');
  rejects("const xs = [1, 2", 'line 1: expected "," or "]", found the end of the cell');
});
