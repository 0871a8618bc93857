import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { treemap } from "../../lib/charts/mod.ts";
import { assertSnapshot } from "./_snapshot.ts";
import { assertPlainJson, seedInfo, table1, table1Observations } from "./_fixtures.ts";

interface Hierarchy {
  ids: string[];
  labels: string[];
  parents: string[];
  values: number[];
}

async function budget(): Promise<Hierarchy> {
  const figure = treemap(await table1Observations(), { path: ["section", "priority", "project"] });
  return figure.data[0] as unknown as Hierarchy;
}

Deno.test("treemap() sizes Table 1's sections by their stated TOTALs inside a root of both", async () => {
  const { ids, values } = await budget();
  const value = (id: string) => values[ids.indexOf(id)];
  assert.equal(value('["commissioned"]'), 4654011); // framework line 201
  assert.equal(value('["grants"]'), 2020226); // framework line 221
  assert.equal(value("[]"), 4654011 + 2020226);
});

Deno.test("treemap() sums a project named twice under one priority", async () => {
  const { ids, values } = await budget();
  const value = (id: string) => values[ids.indexOf(id)];
  // Childrens Safeguarding Board, framework lines 164 and 166.
  assert.equal(
    value('["commissioned","Vulnerability","Childrens Safeguarding Board"]'),
    103700 + 97500,
  );
  // Domestic Homicide Reviews, lines 182 and 183.
  assert.equal(value('["commissioned","Prevention","Domestic Homicide Reviews"]'), 16000 + 16000);
});

Deno.test("treemap() gives every parent the exact sum of its children and unique ids", async () => {
  const { ids, parents, values } = await budget();
  assert.equal(new Set(ids).size, ids.length);
  for (const [i, id] of ids.entries()) {
    const children = ids.flatMap((_, j) => (parents[j] === id ? [values[j]] : []));
    if (children.length > 0) assert.equal(children.reduce((a, b) => a + b, 0), values[i], id);
  }
});

Deno.test("treemap() leaves out a project with no value and names it under the chart", async () => {
  const figure = treemap(await table1Observations(), { path: ["section", "priority", "project"] });
  const { labels } = figure.data[0] as unknown as Hierarchy;
  assert.ok(!labels.includes("Adults Safeguarding Board")); // lines 165 and 167 are empty
  const note = (figure.layout.annotations as { text: string }[])[0].text;
  assert.equal(
    note,
    "Not shown, no value known (Empty cell): commissioned › Vulnerability › Adults Safeguarding Board",
  );
});

Deno.test("treemap() keeps names that repeat under different parents apart", () => {
  const table = aq.table({ a: ["X", "Y"], b: ["Same", "Same"], value: [1, 2] });
  const trace = treemap(table, { path: ["a", "b"], root: "All" }).data[0] as unknown as Hierarchy;
  assert.deepEqual(trace.ids, ["[]", '["X"]', '["X","Same"]', '["Y"]', '["Y","Same"]']);
  assert.deepEqual(trace.labels, ["All", "X", "Same", "Y", "Same"]);
  assert.deepEqual(trace.values, [3, 1, 1, 2, 2]);
});

Deno.test("treemap() refuses the stated TOTAL rows, whose priority is empty", async () => {
  const all = await table1();
  assert.throws(
    () => treemap(all, { path: ["section", "priority"] }),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        'Cannot build treemap: column "priority" holds null at row index 47 (role "total"); a ' +
          "category must be text or a number (filter such rows out first)",
  );
  assert.throws(
    () => treemap(all, { path: [] }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'Cannot build treemap: option "path" must list at least one column',
  );
});

Deno.test("treemap() returns plain JSON that matches its snapshot", async () => {
  const figure = treemap(await table1Observations(), {
    path: ["section", "priority", "project"],
    root: "Table 1, 2024-25",
    title: "The commissioning budget, 2024-25",
    source: await seedInfo("commissioning_framework"),
  });
  assert.equal(figure.data[0].branchvalues, "total");
  assertPlainJson(figure);
  await assertSnapshot("treemap_table1", figure);
});
