import assert from "node:assert/strict";
import { countByStatus, type Finding, runFindings } from "../../lib/findings/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("countByStatus() counts every status, zeros included, in report order", () => {
  assert.deepEqual(countByStatus([]), {
    reproduced: 0,
    discrepancy: 0,
    coverage: 0,
    bounded: 0,
    "not-computable": 0,
  });
  const counts = countByStatus([
    { status: "coverage" },
    { status: "reproduced" },
    { status: "discrepancy" },
    { status: "coverage" },
  ]);
  assert.deepEqual(Object.entries(counts), [
    ["reproduced", 1],
    ["discrepancy", 1],
    ["coverage", 2],
    ["bounded", 0],
    ["not-computable", 0],
  ]);
});

Deno.test("countByStatus() adds up to the number of findings of a run", async () => {
  const findings = await runFindings();
  const counts = countByStatus(findings);
  assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), findings.length);
  assert.equal(counts.discrepancy, findings.filter((f) => f.status === "discrepancy").length);
});

Deno.test("countByStatus() rejects a status that is not a finding status", () => {
  assertThrowsWith(
    () => countByStatus([{ status: "failed" as Finding["status"] }]),
    RangeError,
    'Cannot count findings: status "failed" is not a finding status',
  );
});
