import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { ageBands } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { columns, rows } from "./_assert.ts";

// leicester_council_foi_child_victims_2020_21.txt lines 103-177: age by single year, CYPFS in
// the first column, the Support & Information Service in the second.
Deno.test("ageBands() adds single years into the bands 0-4, 5-9, 10-14 and 15-17", async () => {
  const bands = ageBands(await load("child_victims_age"), { by: ["service"] });
  const cypfs = "CYPFS";
  const si = "Support & Information Service";
  assert.deepEqual(
    columns(bands, ["service", "age_band", "age_from", "age_to", "value", "cells"]),
    {
      service: [cypfs, cypfs, cypfs, cypfs, si, si, si, si],
      age_band: ["0-4", "5-9", "10-14", "15-17", "0-4", "5-9", "10-14", "15-17"],
      age_from: [0, 5, 10, 15, 0, 5, 10, 15],
      age_to: [4, 9, 14, 17, 4, 9, 14, 17],
      // CYPFS: under 1 → 4: 1+5+6+9+17 = 38 (lines 108-124); 5 → 9: 26+24+34+21+30 = 135;
      // 10 → 14: 28+19+16+27+23 = 113; 15 → 17: 20+22+11 = 53. 38+135+113+53 = 339.
      // S&I: 9+9+14+10+12 = 54; 16+11+14+12+12 = 65; 16+5+14+13+7 = 55; 9+4+8 = 21 (sum 195).
      value: [38, 135, 113, 53, 54, 65, 55, 21],
      cells: [5, 5, 5, 3, 5, 5, 5, 3],
    },
  );
  assert.ok(rows(bands).every((r) => r.bound === null && r.missing_reason === null));
});

Deno.test("ageBands() takes configurable bands, as pairs or labelled", async () => {
  const cypfs = (await load("child_victims_age")).filter((d) => d.service === "CYPFS");
  const bands = ageBands(cypfs, {
    bands: [[0, 10], { label: "secondary school", from: 11, to: 17 }],
  });
  assert.deepEqual(columns(bands, ["age_band", "value"]), {
    age_band: ["0-10", "secondary school"],
    // 38 + 135 + 28 = 201 (ages 0-10); 19+16+27+23+20+22+11 = 138 (ages 11-17); 201 + 138 = 339
    value: [201, 138],
  });
});

Deno.test("ageBands() keeps a band no row falls in as null with a reason, not zero", async () => {
  const young = (await load("child_victims_age")).filter((d) => d.age < 5);
  const r = ageBands(young, { by: ["service"] });
  const teen = rows(r).find((d) => d.service === "CYPFS" && d.age_band === "15-17");
  assert.equal(teen?.value, null);
  assert.equal(teen?.cells, 0);
  assert.equal(teen?.missing_reason, "no rows for ages 15-17");
});

Deno.test("ageBands() marks a band with an empty cell as a lower bound", () => {
  const t = aq.table({
    age: [3, 4, null],
    value: [10, null, 2],
    missing_reason: [null, "Empty cell", null],
  });
  const r = ageBands(t);
  assert.deepEqual(rows(r)[0], {
    age_band: "0-4",
    age_from: 0,
    age_to: 4,
    value: 10, // at least 10: the age-4 cell is empty
    cells: 2,
    missing_cells: 1,
    approximate: false,
    bound: "lower",
    missing_reason: null,
  });
  // A row with no age goes to an "Unknown" band of its own, after the others.
  assert.deepEqual(rows(r)[4].age_band, "Unknown");
  assert.equal(rows(r)[4].value, 2);
});

Deno.test("ageBands() counts people when value is null, where an empty band is zero", () => {
  const people = aq.table({ age: [2, 7, 7, 16] });
  assert.deepEqual(ageBands(people, { value: null }).array("count"), [1, 2, 0, 1]);
});

Deno.test("ageBands() rejects ages outside every band and overlapping bands", async () => {
  const ages = await load("child_victims_age");
  assertThrowsWith(
    () => ageBands(ages, { bands: [[0, 15]] }),
    RangeError,
    "Cannot compute ageBands(): age 16 at row index 32 is in no band (bands: 0-15)",
  );
  assertThrowsWith(
    () => ageBands(ages, { bands: [[0, 9], [9, 17]] }),
    RangeError,
    'Cannot compute ageBands(): option "bands" has overlapping bands "0-9" and "9-17"',
  );
  assertThrowsWith(
    () => ageBands(ages, { bands: [[5, 1]] }),
    RangeError,
    'Cannot compute ageBands(): option "bands" has [5,1]: a band is two whole-year ages, from ≤ to',
  );
});
