import assert from "node:assert/strict";
import {
  checkExpectedStatuses,
  type Finding,
  findingDefinitions,
  runFindings,
} from "../../lib/findings/mod.ts";

const findings = await runFindings();

Deno.test("checkExpectedStatuses() finds no regression in a run of the registry", () => {
  assert.deepEqual(checkExpectedStatuses(findings), []);
});

Deno.test("checkExpectedStatuses() catches a finding whose status flipped", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 81: recorded as a discrepancy (£639,675
  // stated, 639,676 computed); were an extractor to start reading it as reproduced, that is caught.
  const flipped: Finding[] = findings.map((f) =>
    f.id === "framework-csp-spend" ? { ...f, status: "reproduced" } : f
  );
  assert.deepEqual(checkExpectedStatuses(flipped), [{
    id: "framework-csp-spend",
    expected: "discrepancy",
    actual: "reproduced",
    message: 'Finding "framework-csp-spend" was expected to be discrepancy but is reproduced ' +
      "(stated 639675, computed 639676, llr_opcc_commissioning_framework_2024_25.txt line 81)",
  }]);
});

Deno.test("checkExpectedStatuses() catches a flip in every direction", () => {
  for (const f of findings) {
    for (const status of ["reproduced", "discrepancy", "not-computable"] as const) {
      if (status === f.status) continue;
      const changed = findings.map((g) => g === f ? { ...g, status } : g);
      const regressions = checkExpectedStatuses(changed);
      assert.deepEqual(regressions.map((r) => [r.id, r.expected, r.actual]), [
        [f.id, f.status, status],
      ]);
    }
  }
});

Deno.test("checkExpectedStatuses() reports a finding with no recorded status and one not run", () => {
  const [first, ...rest] = findings;
  const stranger: Finding = { ...first, id: "made-up-finding" };
  const regressions = checkExpectedStatuses([...rest, stranger]);
  assert.deepEqual(regressions, [
    {
      id: "made-up-finding",
      expected: null,
      actual: "reproduced",
      message: 'Finding "made-up-finding" has no recorded expected status (it is reproduced)',
    },
    {
      id: first.id,
      expected: "reproduced",
      actual: null,
      message: `Finding "${first.id}" was expected to be reproduced but was not run`,
    },
  ]);
});

Deno.test("checkExpectedStatuses() compares with the definitions it is given", () => {
  const definitions = findingDefinitions().filter((d) => d.id === "framework-csp-spend");
  const one = findings.filter((f) => f.id === "framework-csp-spend");
  assert.deepEqual(checkExpectedStatuses(one, { definitions }), []);
  const recordedOtherwise = definitions.map((d) => ({ ...d, expected: "reproduced" as const }));
  assert.equal(checkExpectedStatuses(one, { definitions: recordedOtherwise }).length, 1);
});
