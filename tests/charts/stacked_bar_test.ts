import assert from "node:assert/strict";
import { stackedBar } from "../../lib/charts/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";
import { assertPlainJson, seedInfo, table1Observations } from "./_fixtures.ts";

// Grants of Table 1 (seeds/llr_opcc_commissioning_framework_2024_25.txt lines 204-220) by priority:
const GRANTS_PREVENTION = 371859 + 194313; // 204, 208
const GRANTS_COMMUNITY_SAFETY = 65347 + 49412 + 234143; // 205-207
const GRANTS_VICTIM_SERVICES = 100167 + 32814 + 43500 + 28158 + 40805 + 56730 + 38388 + 25906 +
  31800 + 7625 + 29450 + 669809; // 209-220

Deno.test("stackedBar() stacks grants on commissioned spend per priority", async () => {
  const figure = stackedBar(await table1Observations(), { x: "priority", color: "section" });
  assert.equal(figure.layout.barmode, "stack");
  assert.deepEqual(figure.data.map((t) => t.name), ["commissioned", "grants"]);
  assert.deepEqual(figure.data[0].x, [
    "Victim Services",
    "Vulnerability",
    "Prevention",
    "Community Safety",
    "Various",
  ]);
  // No grant is for Vulnerability or Various: those segments are absent (null), not 0.
  assert.deepEqual(figure.data[1].y, [
    GRANTS_VICTIM_SERVICES,
    null,
    GRANTS_PREVENTION,
    GRANTS_COMMUNITY_SAFETY,
    null,
  ]);
  assert.equal(GRANTS_VICTIM_SERVICES + GRANTS_PREVENTION + GRANTS_COMMUNITY_SAFETY, 2020226); // line 221
});

Deno.test("stackedBar() stacks add up to the two stated TOTALs together", async () => {
  const figure = stackedBar(await table1Observations(), { x: "priority", color: "section" });
  const all = figure.data.flatMap((t) => (t.y as (number | null)[]).filter((v) => v !== null));
  assert.equal(all.reduce((a, b) => a + b, 0), 4654011 + 2020226); // lines 201 and 221
});

Deno.test("stackedBar() requires a color column to stack by", async () => {
  const table = await table1Observations();
  assert.throws(
    () => stackedBar(table, { x: "priority" } as unknown as { x: string; color: string }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        'Cannot build stacked bar chart: option "color" must name the column to stack by, got undefined',
  );
});

Deno.test("stackedBar() returns plain JSON that matches its snapshot", async () => {
  const figure = stackedBar(await table1Observations(), {
    x: "priority",
    color: "section",
    title: "Table 1 by priority, 2024-25",
    source: await seedInfo("commissioning_framework"),
  });
  assertPlainJson(figure);
  await assertSnapshot("stacked_bar_table1_priority_section", figure);
});
