import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { type Notebook, volatileRules } from "../../lib/notebook/mod.ts";

function notebook(runner: unknown, cellMetadata: Record<string, unknown> = {}): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: runner === undefined ? {} : { runner },
    cells: [{
      id: "c",
      cell_type: "code",
      metadata: cellMetadata,
      source: "",
      execution_count: 1,
      outputs: [],
    }],
  };
}

function rejects(nb: Notebook, ErrorClass: ErrorConstructor, message: string): void {
  assertThrowsWith(() => volatileRules(nb, 0), ErrorClass, message);
}

Deno.test("volatileRules() declares nothing volatile by default", () => {
  const rules = volatileRules(notebook(undefined), 0);
  assert.deepEqual(rules, { ignoreOutputs: false, volatile: [], normalize: [] });
});

Deno.test("volatileRules() ignores a cell's outputs when tagged nbval-ignore-output or volatile", () => {
  for (const tag of ["nbval-ignore-output", "volatile"]) {
    assert.equal(volatileRules(notebook(undefined, { tags: ["x", tag] }), 0).ignoreOutputs, true);
  }
  assert.equal(
    volatileRules(notebook(undefined, { tags: ["nbval-skip"] }), 0).ignoreOutputs,
    false,
  );
});

Deno.test("volatileRules() adds the cell's declarations to the notebook's, without repeats", () => {
  const nb = notebook(
    { volatile: ["image/png"], normalize: ["ansi"] },
    { runner: { volatile: ["image/png", "stream/stderr"], normalize: ["datetime"] } },
  );
  const rules = volatileRules(nb, 0);
  assert.deepEqual(rules.volatile, ["image/png", "stream/stderr"]);
  assert.deepEqual(rules.normalize.map((rule) => rule.name), ["ansi", "datetime"]);
});

Deno.test("volatileRules() built-in normalisers rewrite colour codes, date-times and durations", () => {
  const [ansi, datetime, duration] = volatileRules(
    notebook({ normalize: ["ansi", "datetime", "duration"] }),
    0,
  ).normalize;
  assert.equal(ansi.apply("\u001b[1;31mError\u001b[0m: x"), "Error: x");
  assert.equal(
    datetime.apply("run 2024-03-31T09:15:02.123Z and 2024-04-01 10:00"),
    "run <datetime> and <datetime>",
  );
  assert.equal(
    duration.apply("took 12.5 ms, then 3s; 2 sources"),
    "took <duration>, then <duration>; 2 sources",
  );
});

Deno.test("volatileRules() applies a declared pattern globally with its replacement", () => {
  const [rule] = volatileRules(
    notebook({ normalize: [{ pattern: "run-(\\d+)", replacement: "run-<$1 digits>" }] }),
    0,
  ).normalize;
  assert.equal(rule.name, "run-(\\d+) → run-<$1 digits>");
  assert.equal(rule.apply("run-12 run-345"), "run-<12 digits> run-<345 digits>");
});

Deno.test("volatileRules() rejects malformed declarations, naming where they are", () => {
  rejects(
    notebook(undefined, { runner: { volatile: "image/png" } }),
    TypeError,
    'Cannot read runner.volatile in the metadata of cells[0]: expected an array of strings, got "image/png"',
  );
  rejects(
    notebook(["image/png"]),
    TypeError,
    'Cannot read runner in the notebook metadata: expected an object, got ["image/png"]',
  );
  rejects(
    notebook({ normalize: ["dates"] }),
    RangeError,
    'Unknown normaliser "dates" in runner.normalize in the notebook metadata: known ones are ' +
      '"ansi", "datetime", "duration"',
  );
  rejects(
    notebook({ normalize: [{ pattern: "x" }] }),
    TypeError,
    "Cannot read runner.normalize in the notebook metadata: expected a built-in name or " +
      '{ "pattern": string, "replacement": string }, got {"pattern":"x"}',
  );
  rejects(
    notebook({ normalize: [{ pattern: "(", replacement: "" }] }),
    SyntaxError,
    'Cannot compile runner.normalize pattern "(" in the notebook metadata: ' +
      "Invalid regular expression: /(/g: Unterminated group",
  );
});
