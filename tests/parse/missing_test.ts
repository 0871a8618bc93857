import assert from "node:assert/strict";
import fc from "fast-check";
import { isMoney, MISSING_MARKERS, parseCount, parseMissing } from "../../lib/parse/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

const reason = (text: string | null | undefined) => parseMissing(text)?.reason;

Deno.test("parseMissing() recognises the markers in the seed documents", () => {
  // llr_opcc_foi_0004_24_under18_services.txt line 57
  assert.deepEqual(parseMissing("Information held by NHSE"), {
    missing: true,
    reason: "Information held by NHSE",
    raw: "Information held by NHSE",
  });
  // leicester_council_foi_child_victims_2020_21.txt line 205
  assert.equal(reason("Not provided"), "Not provided");
  // llr_opcc_commissioning_framework_2024_25.txt line 199
  assert.equal(reason("TBC"), "TBC");
  // llr_opcc_commissioning_framework_2024_25.txt line 165: the spend cell is empty
  assert.equal(reason(""), "Empty cell");
});

Deno.test("parseMissing() ignores case, spacing and a final full stop", () => {
  const found = parseMissing("  information  HELD by nhse. ");
  assert.deepEqual(found, {
    missing: true,
    reason: "Information held by NHSE",
    raw: "  information  HELD by nhse. ",
  });
  assert.equal(reason("NOT PROVIDED"), "Not provided");
  assert.equal(reason("tbc"), "TBC");
});

Deno.test("parseMissing() recognises the common missing-value markers", () => {
  const cases: [string, string][] = [
    ["Not held", "Not held"],
    ["Information not held", "Not held"],
    ["Not known", "Not known"],
    ["To be confirmed", "TBC"],
    ["N/A", "N/A"],
    ["n/a", "N/A"],
    ["Not applicable", "N/A"],
    ["-", "Dash"],
    ["–", "Dash"],
    ["—", "Dash"],
    ["..", "Not available"],
    ["Not available", "Not available"],
    ["Not recorded", "Not recorded"],
  ];
  for (const [text, expected] of cases) assert.equal(reason(text), expected, text);
});

Deno.test("parseMissing() treats empty cells, null and undefined as empty cells", () => {
  assert.deepEqual(parseMissing(null), { missing: true, reason: "Empty cell", raw: "" });
  assert.deepEqual(parseMissing(undefined), { missing: true, reason: "Empty cell", raw: "" });
  assert.deepEqual(parseMissing(" \t "), { missing: true, reason: "Empty cell", raw: " \t " });
});

Deno.test("parseMissing() marks suppression markers as suppressed", () => {
  for (const text of ["*", "<5", "< 5", "Fewer than 5", "[c]", "[x]", "[C]", "Redacted"]) {
    assert.deepEqual(parseMissing(text), {
      missing: true,
      reason: "Suppressed",
      raw: text,
      suppressed: true,
    });
  }
});

Deno.test("parseMissing() does not treat Unknown as missing: it is a category", () => {
  // leicester_council_foi_child_victims_2020_21.txt lines 189-190: Unknown sex, 4 children
  assert.equal(parseMissing("Unknown"), null);
});

Deno.test("parseMissing() returns null for cells that hold a value", () => {
  // llr_opcc_foi_0004_24_under18_services.txt lines 57-58
  for (const text of ["£20,000", "10", "0", "2021/2022", "Victim First", "None", "Nil"]) {
    assert.equal(parseMissing(text), null, text);
  }
});

Deno.test("parseMissing() rejects a cell that is not text", () => {
  assertThrowsWith(
    () => parseMissing(0 as unknown as string),
    TypeError,
    "Cannot check for a missing value in 0: expected a string",
  );
});

Deno.test("MISSING_MARKERS lists each reason parseMissing() gives for a text marker", () => {
  const reasons = new Set(MISSING_MARKERS.map((marker) => marker.reason));
  for (const text of ["Information held by NHSE", "Not provided", "TBC", "-", "*", "<5"]) {
    assert.ok(reasons.has(reason(text) ?? ""), text);
  }
  assert.ok(!MISSING_MARKERS.some((marker) => marker.match === "unknown"));
});

function acceptedByMoneyOrCount(text: string): boolean {
  if (isMoney(text)) return true;
  try {
    parseCount(text);
    return true;
  } catch {
    return false;
  }
}

Deno.test("parseMissing() never gives a reason for text parseMoney() or parseCount() accepts", () => {
  const markers = MISSING_MARKERS.flatMap((m) => typeof m.match === "string" ? [m.match] : []);
  const cellish = fc.string({
    unit: fc.constantFrom(..."£0123456789,.-–*<>[]()cx /nNaA "),
    maxLength: 12,
  });
  fc.assert(
    fc.property(fc.oneof(cellish, fc.constantFrom(...markers), fc.string()), (text) => {
      if (acceptedByMoneyOrCount(text)) assert.equal(parseMissing(text), null, text);
      if (parseMissing(text) !== null) assert.ok(!acceptedByMoneyOrCount(text), text);
    }),
    { numRuns: 3000 },
  );
});
