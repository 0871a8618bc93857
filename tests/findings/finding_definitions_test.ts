import assert from "node:assert/strict";
import { DATASETS } from "../../lib/datasets/registry.ts";
import { findingDefinitions, runFindings } from "../../lib/findings/mod.ts";

const definitions = findingDefinitions();

Deno.test("findingDefinitions() gives each finding a unique, readable id and a claim", () => {
  const ids = definitions.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const d of definitions) {
    assert.match(d.id, /^(foi-0004-24|foi-0017-24|framework|cross|leicester|notts)-[a-z0-9-]+$/);
    assert.ok(d.claim.length > 20, d.id);
    assert.ok(["reproduced", "discrepancy", "not-computable"].includes(d.expected), d.id);
    assert.ok(d.datasets.length > 0 && d.datasets.every((n) => n in DATASETS), d.id);
  }
});

Deno.test("findingDefinitions() covers all five documents, grouped by document", async () => {
  const findings = await runFindings({ definitions });
  const seeds = new Set(findings.map((f) => f.source.seed));
  for (const dataset of Object.values(DATASETS)) assert.ok(seeds.has(dataset.seed), dataset.seed);
  // Grouped: once a document's findings end, its id prefix does not come back.
  const prefixes = definitions.map((d) => d.id.split("-")[0]);
  const runs = prefixes.filter((p, i) => i === 0 || p !== prefixes[i - 1]);
  assert.equal(new Set(runs).size, runs.length);
});

Deno.test("findingDefinitions() records the discrepancies the documents contain", () => {
  const discrepancies = definitions.filter((d) => d.expected === "discrepancy").map((d) => d.id);
  assert.deepEqual(discrepancies, [
    // llr_opcc_commissioning_framework_2024_25.txt line 81: £639,675 against rows adding to 639,676
    "framework-csp-spend",
    // leicester_council_foi_child_victims_2020_21.txt line 97: roughly 27% against 26.49%
    "leicester-cyp-share-of-budget",
    // Lines 102-207: breakdowns that do not add up to the counts of lines 56 and 60
    "leicester-coverage-age-cypfs",
    "leicester-coverage-age-support-information",
    "leicester-coverage-sex-cypfs",
    "leicester-coverage-ethnicity-support-information",
  ]);
});

Deno.test("every finding in the registry has its figures checked against the document", async () => {
  const tests = await Promise.all(
    ["run_findings_test.ts", "run_findings_framework_test.ts"].map((f) =>
      Deno.readTextFile(new URL(f, import.meta.url))
    ),
  );
  const text = tests.join("\n");
  for (const d of definitions) {
    // An id is either written out or built in a loop from a literal list: both quote it.
    assert.ok(text.includes(`"${d.id}"`), `no test states the figures of "${d.id}"`);
  }
});
