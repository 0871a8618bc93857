// ingest() on what a figure is about (issue 12): labels from sentence structure, periods carried
// down, damaged tables, counts beyond "number + noun", stated totals and metadata, on fixtures
// written to imitate each layout and phrasing (tests/fixtures/ingest/, key in
// _fixture_answers.ts). Recall and precision with label and period are printed.
import assert from "node:assert/strict";
import { FIXTURE_ANSWERS, MEANING_FIXTURES } from "./_fixture_answers.ts";
import { ingestFixture } from "./_fixtures.ts";
import { describeScore, score } from "./_scoring.ts";

const results = new Map(MEANING_FIXTURES.map((name) => [name, ingestFixture(name)]));

// Below these the test fails (they may only go up).
const FLOOR = { right: 21, labelled: 21 };

Deno.test("ingest() finds the fixtures' figures with their labels and periods (recall and precision printed)", () => {
  const figures = [...results.values()].flatMap((r) => r.figures);
  const result = score(figures, FIXTURE_ANSWERS);
  console.log(describeScore("The issue 12 fixtures", result));
  for (const miss of result.misses) console.log(`  miss: ${miss}`);
  assert.ok(result.right >= FLOOR.right, `${result.right} right, below ${FLOOR.right}`);
  assert.ok(result.emittedLabelled >= FLOOR.labelled, `${result.emittedLabelled} labelled`);
});
