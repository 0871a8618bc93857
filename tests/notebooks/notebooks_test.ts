/**
 * The committed analysis notebooks, read from disk: each is a Deno notebook with a title, its
 * sources, narrative written by code, a chart with its source and a table, every output shown by
 * an awaited display() (so `jupyter nbconvert --execute` keeps them all), stored executed and
 * small. Running them and comparing their outputs is in tests/e2e/notebooks_test.ts.
 *
 * @module
 */
import assert from "node:assert/strict";
import { PLOTLY_MIME_TYPE } from "../../lib/display/mod.ts";
import { PROJECT_ROOT } from "../../lib/data/mod.ts";
import {
  type CodeCell,
  DENO_KERNELSPEC,
  joinSource,
  listParameters,
  type Notebook,
  type Output,
  readNotebook,
} from "../../lib/notebook/mod.ts";
import {
  codeCells,
  EXPECTED_NOTEBOOKS,
  handTypedFigures,
  lateOutputRisks,
  notebookFiles,
  NOTEBOOKS_DIR,
  outputs,
  outputText,
  SYNTHETIC_NOTEBOOKS,
  uncitedClaims,
} from "./_notebooks.ts";

const LICENCE = "Open Government Licence v3.0";

Deno.test("handTypedFigures() flags £ amounts and numbers of three or more digits", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 79
  assert.deepEqual(handTypedFigures("Funding was £561,813 for 1,351 referrals, 352 in Q1."), [
    "£561,813",
    "1,351",
    "352",
  ]);
  assert.deepEqual(handTypedFigures("up to £ 20,000, or 26.49%"), ["£ 20,000", "26.49"]);
});

Deno.test("handTypedFigures() allows years, financial years, FOI references and SHA-256", () => {
  const text =
    "In 2015, and in 2024-25 (2021/22, 24/25), FOI 0004-24, FOI\n0017/24 and FOI 2838/15 " +
    'say so; the SHA-256 is recorded; "£ up to"; c£; 3 years; 12 months; Q4.';
  assert.deepEqual(handTypedFigures(text), []);
});

function notebookOf(...cells: [string, Output[]][]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: cells.map(([source, outputs], i): CodeCell => ({
      cell_type: "code",
      id: `c${i}`,
      metadata: {},
      source,
      execution_count: i + 1,
      outputs,
    })),
  };
}

const shown: Output = { output_type: "display_data", data: { "text/plain": "x" }, metadata: {} };

Deno.test("lateOutputRisks() passes cells whose outputs all come from an awaited display()", () => {
  const nb = notebookOf(
    ['const t = await load("asb_support");', []],
    ["// display(x) in a comment is not a call\nawait display(show(t));\nawait display(md`a`);", [
      shown,
      shown,
    ]],
    ['console.log("checked");\nawait  display(md`b`);', [
      { output_type: "stream", name: "stdout", text: "checked\n" },
      shown,
    ]],
  );
  assert.deepEqual(lateOutputRisks(nb), []);
});

Deno.test("lateOutputRisks() flags a cell's value, display() not awaited and output after the last display", () => {
  const nb = notebookOf(
    ["md`a`", [{ output_type: "execute_result", data: {}, metadata: {}, execution_count: 1 }]],
    ["display(md`b`);\nconst x = 1;", [shown]],
    ['await Deno.jupyter.display({ "text/plain": "c" }, { raw: true });', [shown]],
    ['await display(md`d`);\nconsole.log("done");', [
      shown,
      { output_type: "stream", name: "stdout", text: "done\n" },
    ]],
  );
  assert.deepEqual(lateOutputRisks(nb).map((problem) => problem.split(",")[0]), [
    'cell "c0" ends with a value (an execute_result)',
    'cell "c1" calls display() without await: the output is sent after the cell ends and lands in the next cell or nowhere; write await display(...)',
    'cell "c2" calls Deno.jupyter.display()',
    'cell "c3" has a stream output after its last display()',
  ]);
});

Deno.test("uncitedClaims() lists sentences with a figure or a claim word and no line cited", () => {
  // llr_opcc_foi_0017_24_asb_support.txt line 51: 105 referrals, 36 service users.
  assert.deepEqual(
    uncitedClaims(
      "105 referrals led to 36 service users (FOI 0017/24, line 51). That is 34.3% of them. " +
        "Every quarter rose. The contract started in April 2024.\n- No document gives 2023-24.",
    ),
    ["That is 34.3% of them.", "Every quarter rose.", "No document gives 2023-24."],
  );
});

Deno.test("uncitedClaims() passes years, references, quarters and citations as no figure", () => {
  assert.deepEqual(
    uncitedClaims(
      "FOI 0004-24 gives 2021-22 and 2022/23 by Q1 to Q4, as section 3 says. " +
        "The framework's lines 186–194 and 201 are cited (lines 186–194 and 201). " +
        "Licence: Open Government Licence v3.0. File: seeds/llr_opcc_foi_0004_24_under18_services.txt",
    ),
    [],
  );
});

Deno.test("notebooks/ holds the seven analysis notebooks", () => {
  const files = notebookFiles();
  for (const name of EXPECTED_NOTEBOOKS) assert.ok(files.includes(name), `missing ${name}`);
});

for (const name of notebookFiles()) {
  const path = `${NOTEBOOKS_DIR}${name}`;

  Deno.test(`${name} is a Deno notebook with a title and its first code cell importing the toolkit`, async () => {
    const nb = await readNotebook(path);
    assert.deepEqual(nb.metadata.kernelspec, DENO_KERNELSPEC);
    const first = nb.cells[0];
    assert.equal(first.cell_type, "markdown");
    assert.match(joinSource(first.source), /^# \S/);
    assert.match(joinSource(codeCells(nb)[0].source), /from "\.\.\/lib\/mod\.ts";/);
  });

  Deno.test(`${name} is stored executed, without errors, ANSI codes or machine paths`, async () => {
    const nb = await readNotebook(path);
    for (const cell of codeCells(nb)) {
      if (joinSource(cell.source).trim() === "") continue;
      assert.notEqual(cell.execution_count, null, `cell "${cell.id}" was not executed`);
    }
    const all = outputs(nb);
    assert.ok(all.length > 0);
    for (const output of all) {
      assert.notEqual(output.output_type, "error", `error output: ${JSON.stringify(output)}`);
      const text = JSON.stringify(output);
      assert.ok(!text.includes("\\u001b"), "an output holds an ANSI escape");
      assert.ok(!text.includes(PROJECT_ROOT), `an output holds the path ${PROJECT_ROOT}`);
      assert.ok(!text.includes("file://"), "an output holds a file URL");
    }
  });

  Deno.test(`${name} cites its sources and their licence in a code cell's output`, async () => {
    const nb = await readNotebook(path);
    if (SYNTHETIC_NOTEBOOKS.includes(name)) {
      // No source document: the opening cell says the figures are invented instead.
      assert.match(joinSource(nb.cells[0].source), /\*\*Invented figures\.\*\*/);
      return;
    }
    const cited = outputs(nb).map((o) => outputText(o, "text/markdown") ?? "")
      .filter((md) => md.includes(`Licence: [${LICENCE}](`) && md.includes("`seeds/"));
    assert.equal(cited.length, 1, "expected one sources output from citeSources()");
  });

  Deno.test(`${name} has a Plotly chart, every chart crediting its source, and a table`, async () => {
    const nb = await readNotebook(path);
    const charts = outputs(nb).map((o) => outputText(o, PLOTLY_MIME_TYPE)).filter((t) =>
      t !== null
    );
    assert.ok(charts.length >= 1, "no chart");
    for (const chart of charts) {
      const figure = JSON.parse(chart!);
      if (SYNTHETIC_NOTEBOOKS.includes(name)) {
        assert.match(String(figure.layout.title?.text), /\(invented figures\)/);
        continue;
      }
      const note = (figure.layout.annotations ?? []).find((a: { name?: string }) =>
        a.name === "source"
      );
      assert.ok(note, `chart "${figure.layout.title?.text}" has no source annotation`);
      assert.ok(String(note.text).includes(`Licence: ${LICENCE}`));
    }
    const tables = outputs(nb).map((o) => outputText(o, "text/html") ?? "")
      .filter((html) => html.includes('class="vc-out vc-table"'));
    assert.ok(tables.length >= 1, "no table shown with show()");
  });

  Deno.test(`${name} writes its figures from code: no £ amount or 3-digit number in Markdown cells`, async () => {
    const nb = await readNotebook(path);
    const narrated = outputs(nb).filter((o) => outputText(o, "text/markdown") !== null);
    assert.ok(narrated.length >= 3, "expected sentences written by code cells (md`…`)");
    for (const cell of nb.cells) {
      if (cell.cell_type !== "markdown") continue;
      assert.deepEqual(handTypedFigures(joinSource(cell.source)), [], `cell "${cell.id}"`);
    }
  });

  Deno.test(`${name} cites a line for every sentence of its narrative with a figure or a claim word`, async () => {
    const nb = await readNotebook(path);
    const sourced = outputs(nb).some((o) =>
      (outputText(o, "text/markdown") ?? "").includes("Licence: [")
    );
    // A notebook of invented figures has no source document, so no line to cite.
    if (!sourced) return;
    const uncited = outputs(nb).map((o) => outputText(o, "text/plain") ?? "")
      .filter((_, i) => outputText(outputs(nb)[i], "text/markdown") !== null)
      .filter((text) => !text.includes("Licence: "))
      .flatMap(uncitedClaims);
    assert.deepEqual(uncited, [], `${name}: sentences without a citation:\n${uncited.join("\n")}`);
  });

  Deno.test(`${name} shows every output with an awaited display(), so nbconvert keeps them all`, async () => {
    const problems = lateOutputRisks(await readNotebook(path));
    assert.deepEqual(problems, [], `${name}:\n${problems.join("\n")}`);
  });

  Deno.test(`${name} is under 1 MB and holds no plotly.js or script`, async () => {
    const bytes = (await Deno.stat(path)).size;
    assert.ok(bytes < 1_000_000, `${bytes} bytes`);
    const text = await Deno.readTextFile(path);
    assert.ok(!/<script/i.test(text), "a <script> in the notebook");
    assert.ok(!text.includes("plotly.js v"), "plotly.js inlined");
  });
}

Deno.test("03_child_victims_leicester.ipynb declares its service and small-count threshold", async () => {
  const nb = await readNotebook(`${NOTEBOOKS_DIR}03_child_victims_leicester.ipynb`);
  assert.deepEqual(listParameters(nb).map((p) => [p.name, p.type, p.default]), [
    ["service", "string", "CYPFS"],
    ["small_count_threshold", "number", 5],
  ]);
});
