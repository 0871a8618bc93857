import assert from "node:assert/strict";
import { DATASETS } from "../../lib/datasets/registry.ts";
import { FINDING_STATUSES, findingDefinitions, runFindings } from "../../lib/findings/mod.ts";

const definitions = findingDefinitions();

Deno.test("findingDefinitions() gives each finding a unique, readable id and a claim", () => {
  const ids = definitions.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const d of definitions) {
    assert.match(d.id, /^(foi-0004-24|foi-0017-24|framework|cross|leicester|notts)-[a-z0-9-]+$/);
    assert.ok(d.claim.length > 20, d.id);
    assert.ok(FINDING_STATUSES.includes(d.expected), d.id);
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

Deno.test("findingDefinitions() records the one discrepancy the documents contain", () => {
  const discrepancies = definitions.filter((d) => d.expected === "discrepancy").map((d) => d.id);
  // llr_opcc_commissioning_framework_2024_25.txt line 81: £639,675 against rows adding to 639,676.
  // Leicester's "roughly 27%" (26.49%) is within its hedge, and its breakdowns are coverage.
  assert.deepEqual(discrepancies, ["framework-csp-spend"]);
});

Deno.test("findingDefinitions() keeps coverage apart from discrepancy", () => {
  const coverage = definitions.filter((d) => d.expected === "coverage").map((d) => d.id);
  // leicester_council_foi_child_victims_2020_21.txt line 102: breakdowns headed "Child victims of
  // domestic abuse", not stated to add up to the counts of lines 56 and 60.
  assert.deepEqual(coverage, [
    "leicester-coverage-age-cypfs",
    "leicester-coverage-age-support-information",
    "leicester-coverage-sex-cypfs",
    "leicester-coverage-ethnicity-cypfs",
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
