/**
 * The analysis notebooks run on a real Deno kernel without error and reproduce, byte for byte,
 * the outputs committed with them (the runner's `--check`); the parameterised notebook runs with
 * other values and its narrative follows them.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  compareOutputs,
  executeNotebook,
  formatDifferences,
  type Notebook,
  parameterize,
  readNotebook,
} from "../../lib/notebook/mod.ts";
import { codeCells, notebookFiles, NOTEBOOKS_DIR, outputText } from "../notebooks/_notebooks.ts";

async function run(nb: Notebook): Promise<Notebook> {
  const { notebook, error } = await executeNotebook(nb, { cwd: NOTEBOOKS_DIR, timeout: 120 });
  assert.equal(
    error,
    null,
    error ? `cell ${error.cellIndex}: ${error.ename}: ${error.evalue}` : "",
  );
  return notebook;
}

// The Markdown a cell wrote, all its outputs joined.
function narrative(nb: Notebook, id: string): string {
  const cell = codeCells(nb).find((c) => c.id === id);
  assert.ok(cell, `no code cell "${id}"`);
  return cell.outputs.map((o) => outputText(o, "text/markdown") ?? "").join("\n");
}

for (const name of notebookFiles()) {
  Deno.test(`${name} runs without error and reproduces its committed outputs`, async () => {
    const stored = await readNotebook(`${NOTEBOOKS_DIR}${name}`);
    const fresh = await run(stored);
    const differences = compareOutputs(stored, fresh, {
      from: `committed ${name}`,
      to: "fresh run",
    });
    assert.deepEqual(differences, [], formatDifferences(differences));
  });
}

const PARAMETERISED = `${NOTEBOOKS_DIR}03_child_victims_leicester.ipynb`;

Deno.test("03_child_victims_leicester.ipynb describes the Support & Information Service when asked", async () => {
  const nb = await run(
    parameterize(await readNotebook(PARAMETERISED), { service: "Support & Information Service" }),
  );
  assert.match(
    narrative(nb, "check-parameters"),
    /describes \*\*Support \\& Information Service\*\*/,
  );
  // seeds/leicester_council_foi_child_victims_2020_21.txt line 60: 204 secondary victims
  assert.match(narrative(nb, "headline"), /counted 204 child victims of domestic abuse/);
  // Lines 180-190 give sex for CYPFS only.
  assert.match(narrative(nb, "sex"), /no breakdown by sex for the Support \\& Information Service/);
  // Lines 199-207: 29 + 19 + 162 = 210, six more than the 204 of line 60.
  assert.match(narrative(nb, "ethnicity"), /add up to 210, 6 more than the 204 children/);
});

Deno.test("03_child_victims_leicester.ipynb flags the counts below the threshold it is given", async () => {
  const stored = await readNotebook(PARAMETERISED);
  // CYPFS ages (lines 108-176): under 1: 1, then 5, 6 and 9 at ages 1, 2 and 3.
  assert.match(narrative(stored, "age"), /fewer than 5 children: under 1 \(1\) \(/);
  const nb = await run(parameterize(stored, { small_count_threshold: "10" }));
  assert.match(
    narrative(nb, "age"),
    /fewer than 10 children: under 1 \(1\), 1 \(5\), 2 \(6\), 3 \(9\) \(/,
  );
});
