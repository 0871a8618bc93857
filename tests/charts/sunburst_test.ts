import assert from "node:assert/strict";
import { PALETTE, sunburst } from "../../lib/charts/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";
import { assertPlainJson, seedInfo, table1Observations } from "./_fixtures.ts";

Deno.test("sunburst() rings Table 1 by section then priority around a named centre", async () => {
  const figure = sunburst(await table1Observations(), {
    path: ["section", "priority"],
    root: "Table 1",
  });
  const trace = figure.data[0] as unknown as { ids: string[]; labels: string[]; values: number[] };
  assert.equal(figure.data[0].type, "sunburst");
  assert.equal(trace.labels[0], "Table 1");
  const value = (id: string) => trace.values[trace.ids.indexOf(id)];
  // framework lines 201 and 221, and grants' Victim Services, lines 209-220
  assert.equal(value('["commissioned"]'), 4654011);
  assert.equal(value('["grants"]'), 2020226);
  assert.equal(
    value('["grants","Victim Services"]'),
    100167 + 32814 + 43500 + 28158 + 40805 + 56730 + 38388 + 25906 + 31800 + 7625 + 29450 + 669809,
  );
  assert.deepEqual(figure.layout.sunburstcolorway, [...PALETTE]);
  assert.equal(
    figure.data[0].hovertemplate,
    "<b>%{label}</b><br>£%{value:,.0f}<br>%{percentRoot:.1%} of the total<extra></extra>",
  );
});

Deno.test("sunburst() returns plain JSON that matches its snapshot", async () => {
  const figure = sunburst(await table1Observations(), {
    path: ["section", "priority"],
    title: "Table 1 by section and priority",
    source: await seedInfo("commissioning_framework"),
  });
  assertPlainJson(figure);
  await assertSnapshot("sunburst_table1", figure);
});
