import assert from "node:assert/strict";
import { cite, seedLine } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";

Deno.test("seedLine() finds the line a document says something on, for cite()", () => {
  // llr_opcc_commissioning_framework_2024_25.txt line 71: "- Children and Adults Safeguarding Boards"
  const boards = seedLine(FRAMEWORK, /^- Children and Adults Safeguarding Boards/);
  assert.deepEqual([boards.seed, boards.line, boards.text], [
    FRAMEWORK,
    71,
    "- Children and Adults Safeguarding Boards",
  ]);
  assert.equal(cite(boards), "Commissioning Framework 2024-25, line 71");
});

Deno.test("seedLine() searches from a line on, and keeps the match's groups", () => {
  // Lines 201 and 221: the two TOTAL rows of Table 1.
  const first = seedLine(FRAMEWORK, /^TOTAL\t+([\d,]+)/);
  const second = seedLine(FRAMEWORK, /^TOTAL\t+([\d,]+)/, { from: first.line + 1 });
  assert.deepEqual([first.line, first.match[1], second.line, second.match[1]], [
    201,
    "4,654,011",
    221,
    "2,020,226",
  ]);
});

Deno.test("seedLine() names the pattern and the document when no line matches", () => {
  assertThrowsWith(
    () => seedLine(FRAMEWORK, /Hotspot Policing costs £\d/),
    SyntaxError,
    `Cannot find "Hotspot Policing costs £\\d" in seed "${FRAMEWORK}"`,
  );
});
