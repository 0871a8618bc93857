import assert from "node:assert/strict";
import type * as aq from "arquero";
import { ageBands, coverage } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { assertClose, rows } from "./_assert.ts";

// leicester_council_foi_child_victims_2020_21.txt, question B: CYPFS 356 (line 56), Support &
// Information Service 204 (line 60). Children's Social Care has three rows for B (lines 64-72),
// but no breakdown, so coverage() never asks which of them is its headline.
async function headline(): Promise<aq.ColumnTable> {
  return (await load("child_victims")).filter((d) => d.question === "B");
}

Deno.test("coverage() shows the ages account for 339 of CYPFS's 356 and 195 of 204", async () => {
  const r = coverage(await load("child_victims_age"), await headline(), {
    by: ["service"],
    dimension: "age",
  });
  const [cypfs, si] = rows(r);
  assert.equal(cypfs.parts_total, 339); // lines 108-176, first column
  assert.equal(cypfs.headline, 356);
  assert.equal(cypfs.difference, -17); // 339 − 356
  assertClose(cypfs.coverage, 95.2247191011, 8); // 339 / 356 = 95.2%
  assert.equal(cypfs.status, "partial");
  assert.equal(cypfs.note, "age sums to 339 of 356 (95.2%): 17 not broken down");
  assert.equal(si.parts_total, 195);
  assertClose(si.coverage, (195 / 204) * 100); // 95.6%
  assert.equal(si.note, "age sums to 195 of 204 (95.6%): 9 not broken down");
});

Deno.test("coverage() shows the sex breakdown covers 187 of 356", async () => {
  const r = coverage(await load("child_victims_sex"), await headline(), {
    by: ["service"],
    dimension: "sex",
  });
  assert.deepEqual(rows(r), [{
    service: "CYPFS",
    dimension: "sex",
    parts_total: 187, // 131 + 52 + 4 (lines 184-190)
    headline: 356,
    coverage: (187 / 356) * 100, // 52.5%
    difference: -169,
    status: "partial",
    cells: 3,
    missing_cells: 0,
    approximate: false,
    note: "sex sums to 187 of 356 (52.5%): 169 not broken down",
    missing_reason: null,
  }]);
});

Deno.test("coverage() says so when a breakdown sums to more than its headline", async () => {
  const r = coverage(await load("child_victims_ethnicity"), await headline(), {
    by: ["service"],
    dimension: "ethnicity",
  });
  const [cypfs, si] = rows(r);
  // CYPFS: 152 + 186 = 338, with the Not provided cell empty (line 206).
  assert.equal(cypfs.parts_total, 338);
  assert.equal(cypfs.missing_cells, 1);
  assert.equal(
    cypfs.note,
    "ethnicity sums to 338 of 356 (94.9%): 18 not broken down; 1 cell has no count",
  );
  // Support & Information: 29 + 19 + 162 = 210 > 204 (lines 199-207 against line 60).
  assert.equal(si.parts_total, 210);
  assert.equal(si.difference, 6);
  assert.equal(si.status, "over");
  assertClose(si.coverage, (210 / 204) * 100); // 102.9%
  assert.equal(
    si.note,
    "ethnicity sums to 210 of 204 (102.9%): 6 more than the headline, over-coverage",
  );
});

Deno.test("coverage() of age bands agrees with coverage of single years", async () => {
  const ages = await load("child_victims_age");
  const single = coverage(ages, await headline(), { by: ["service"] });
  const banded = coverage(ageBands(ages, { by: ["service"] }), await headline(), {
    by: ["service"],
  });
  assert.deepEqual(banded.array("parts_total"), single.array("parts_total"));
});

Deno.test("coverage() gives a null coverage with a reason when a group has no headline", async () => {
  const h = (await headline()).filter((d) => d.service !== "CYPFS");
  const r = coverage(await load("child_victims_sex"), h, { by: ["service"] });
  assert.equal(r.get("coverage", 0), null);
  assert.equal(r.get("missing_reason", 0), "no headline row for this group");
});

Deno.test("coverage() asks for one headline row per group", async () => {
  const all = await load("child_victims");
  const sex = await load("child_victims_sex");
  assertThrowsWith(
    () => coverage(sex, all, { by: ["service"] }),
    RangeError,
    'Cannot compute coverage(): 2 headline rows for service="CYPFS": filter the headline table to one ' +
      "row per group",
  );
});
