import assert from "node:assert/strict";
import { findingDefinitions, reproduceFindings } from "../../lib/findings/mod.ts";

Deno.test("reproduceFindings() sums up a run whose statuses are all as recorded", async () => {
  const run = await reproduceFindings({ outDir: null });
  assert.equal(run.written, null);
  assert.deepEqual(run.regressions, []);
  const { reproduced, discrepancy, coverage, bounded } = run.counts;
  assert.equal(
    run.summary,
    `${run.findings.length} findings: ${reproduced} reproduced, ${discrepancy} discrepancy, ` +
      `${coverage} coverage, ${bounded} bounded, ${run.counts["not-computable"]} not-computable; ` +
      "every status as recorded",
  );
});

Deno.test("reproduceFindings() reports a changed status as a regression, and still writes", async () => {
  // Record the CSP figure (framework line 81, £639,675 against 639,676) as reproduced: the run
  // finds a discrepancy, so the recorded status no longer holds.
  const definitions = findingDefinitions().map((d) =>
    d.id === "framework-csp-spend" ? { ...d, expected: "reproduced" as const } : d
  );
  const dir = await Deno.makeTempDir();
  try {
    const run = await reproduceFindings({ definitions, outDir: dir });
    assert.deepEqual(run.regressions.map((r) => [r.id, r.expected, r.actual]), [
      ["framework-csp-spend", "reproduced", "discrepancy"],
    ]);
    const lines = run.summary.split("\n");
    assert.doesNotMatch(lines[0], /every status as recorded/);
    assert.match(
      lines[1],
      /^ {2}REGRESSION Finding "framework-csp-spend" was expected to be reproduced/,
    );
    assert.match(lines[2], /^1 finding\(s\) changed status/);
    assert.deepEqual(run.written, { json: `${dir}/findings.json`, markdown: `${dir}/findings.md` });
    assert.equal(
      JSON.parse(await Deno.readTextFile(`${dir}/findings.json`)).length,
      definitions.length,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
