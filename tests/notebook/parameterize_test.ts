import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { type Cell, type Notebook, parameterize } from "../../lib/notebook/mod.ts";

const PARAMETERS_SOURCE = [
  "const year = 2023;",
  'let region: string = "London";',
  "const verbose = false;",
  'const regions = ["London"];',
  "const limits = { low: 1 };",
  "const cutoff = null;",
].join("\n");

function code(id: string, source: string, tags?: string[]): Cell {
  return {
    id,
    cell_type: "code",
    metadata: tags ? { tags } : {},
    source,
    execution_count: null,
    outputs: [],
  };
}

function sample(): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { runner: { volatile: ["image/png"] } },
    cells: [
      { id: "title", cell_type: "markdown", metadata: {}, source: "# Funding" },
      code("params", PARAMETERS_SOURCE, ["parameters"]),
      code("use", "console.log(year, region);"),
    ],
  };
}

function rejects(params: Record<string, string>, ErrorClass: ErrorConstructor, message: string) {
  assertThrowsWith(
    () => parameterize(sample(), params, { path: "funding.ipynb" }),
    ErrorClass,
    message,
  );
}

Deno.test("parameterize() inserts typed values after the parameters cell, keeping each keyword", () => {
  const out = parameterize(sample(), {
    region: "North East",
    year: "2024",
    verbose: "true",
    regions: '["Leeds","York"]',
    limits: '{"low":0.5}',
    cutoff: "n/a",
  });
  assert.deepEqual(out.cells.map((cell) => cell.id), [
    "title",
    "params",
    "injected-parameters",
    "use",
  ]);
  assert.deepEqual(out.cells[2], {
    id: "injected-parameters",
    cell_type: "code",
    metadata: { tags: ["injected-parameters"] },
    // Declaration order, not argument order; `let region` stays `let` (see parameterize() docs).
    source: "// Parameters injected by the notebook runner\n" +
      "const year = 2024;\n" +
      'let region = "North East";\n' +
      "const verbose = true;\n" +
      'const regions = ["Leeds","York"];\n' +
      'const limits = {"low":0.5};\n' +
      'const cutoff = "n/a";\n',
    execution_count: null,
    outputs: [],
  });
  assert.deepEqual(out.metadata.runner, {
    volatile: ["image/png"],
    parameters: {
      year: 2024,
      region: "North East",
      verbose: true,
      regions: ["Leeds", "York"],
      limits: { low: 0.5 },
      cutoff: "n/a",
    },
  });
  assert.equal(Object.keys((out.metadata.runner as { parameters: object }).parameters)[0], "year");
});

Deno.test("parameterize() leaves the notebook it is given unchanged", () => {
  const nb = sample();
  parameterize(nb, { year: "2024" });
  assert.deepEqual(nb, sample());
});

Deno.test("parameterize() replaces an earlier injected cell wherever it is", () => {
  const nb = sample();
  nb.cells.push(code("injected-parameters", "const year = 1999;\n", ["injected-parameters"]));
  const once = parameterize(nb, { year: "2024" });
  assert.deepEqual(once.cells.map((cell) => cell.id), [
    "title",
    "params",
    "injected-parameters",
    "use",
  ]);
  const twice = parameterize(once, { year: "2025" });
  assert.equal(twice.cells.length, 4);
  assert.equal(
    twice.cells[2].source,
    "// Parameters injected by the notebook runner\nconst year = 2025;\n",
  );
});

Deno.test("parameterize() with no values removes an earlier injected cell and records none", () => {
  const out = parameterize(parameterize(sample(), { year: "2024" }), {});
  assert.deepEqual(out.cells.map((cell) => cell.id), ["title", "params", "use"]);
  assert.deepEqual(out.metadata.runner, { volatile: ["image/png"], parameters: {} });
});

Deno.test("parameterize() rejects numbers that are not finite numbers", () => {
  for (const text of ["twenty", "", " ", "NaN", "Infinity", "2024x"]) {
    rejects(
      { year: text },
      TypeError,
      `Cannot set parameter "year" to "${text}": expected a finite decimal number like its default 2023`,
    );
  }
});

Deno.test("parameterize() accepts only true or false for a boolean", () => {
  rejects(
    { verbose: "yes" },
    TypeError,
    'Cannot set parameter "verbose" to "yes": expected "true" or "false" like its default false',
  );
});

Deno.test("parameterize() wants JSON of the default's shape for arrays and objects", () => {
  rejects(
    { regions: "London" },
    SyntaxError,
    'Cannot set parameter "regions" to "London": the value is not JSON',
  );
  rejects(
    { regions: '{"a":1}' },
    TypeError,
    `Cannot set parameter "regions" to "{"a":1}": expected a JSON array like its default ["London"]`,
  );
  rejects(
    { limits: "[1]" },
    TypeError,
    `Cannot set parameter "limits" to "[1]": expected a JSON object like its default {"low":1}`,
  );
});

Deno.test("parameterize() reads JSON for a null default when it can, else keeps the text", () => {
  const runner = (text: string) =>
    (parameterize(sample(), { cutoff: text }).metadata.runner as { parameters: object }).parameters;
  assert.deepEqual(runner("12.5"), { cutoff: 12.5 });
  assert.deepEqual(runner("[1]"), { cutoff: [1] });
  assert.deepEqual(runner("2024-03-31"), { cutoff: "2024-03-31" });
});

Deno.test("parameterize() names an unknown parameter and lists the known ones", () => {
  rejects(
    { yaer: "2024" },
    RangeError,
    'Unknown parameter "yaer": the parameters cell of notebook "funding.ipynb" declares ' +
      '"year", "region", "verbose", "regions", "limits", "cutoff"',
  );
});

Deno.test("parameterize() refuses values for a notebook without a parameters cell", () => {
  const nb = sample();
  nb.cells[1].metadata = {};
  assert.throws(() => parameterize(nb, { year: "2024", region: "York" }), {
    name: "RangeError",
    message:
      'Cannot set parameters "year", "region": the notebook has no code cell tagged "parameters"',
  });
});
