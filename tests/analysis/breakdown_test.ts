import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { ageBands, breakdown } from "../../lib/analysis/mod.ts";
import { load } from "../../lib/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { assertClose, columns, rows } from "./_assert.ts";

// leicester_council_foi_child_victims_2020_21.txt lines 180-190: CYPFS Male 131, Female 52,
// Unknown 4.
Deno.test("breakdown() gives shares by sex with and without the unknown category", async () => {
  const sex = breakdown(await load("child_victims_sex"), { category: "sex", by: ["service"] });
  assert.deepEqual(columns(sex, ["sex", "value", "unknown", "small", "total", "known_total"]), {
    sex: ["Male", "Female", "Unknown"],
    value: [131, 52, 4],
    unknown: [false, false, true],
    small: [false, false, true], // 4 < 5
    total: [187, 187, 187], // 131 + 52 + 4
    known_total: [183, 183, 183], // 131 + 52
  });
  assertClose(sex.get("share", 0), (131 / 187) * 100); // 70.05…%
  assertClose(sex.get("share", 2), 2.1390374332, 8); // 4 / 187
  assertClose(sex.get("share_known", 0), 71.5846994536, 8); // 131 / 183
  assertClose(sex.get("share_known", 1), 28.4153005464, 8); // 52 / 183
  assert.equal(sex.get("share_known", 2), null); // the unknown category has no "known" share
  const shares = sex.array("share") as number[];
  assertClose(shares.reduce((a, b) => a + b), 100);
});

// Lines 193-207: CYPFS BME 152, White British 186, Not provided empty (line 206); Support &
// Information Service 29, 19, 162.
Deno.test("breakdown() reports an empty cell as missing, not as a small zero", async () => {
  const eth = breakdown(await load("child_victims_ethnicity"), {
    category: "ethnicity",
    by: ["service"],
  });
  const cypfs = rows(eth).filter((r) => r.service === "CYPFS");
  assert.deepEqual(cypfs[2], {
    service: "CYPFS",
    ethnicity: "Not provided",
    value: null,
    share: null,
    share_known: null,
    unknown: true,
    small: false,
    approximate: false,
    total: 338, // 152 + 186: the empty cell is not counted as 0, it is left out
    known_total: 338,
    missing_cells: 1,
    missing_reason: "Empty cell",
  });
  assertClose(cypfs[0].share, (152 / 338) * 100); // 44.97…%
  const si = rows(eth).filter((r) => r.service === "Support & Information Service");
  assert.deepEqual(si.map((r) => r.total), [210, 210, 210]); // 29 + 19 + 162
  assert.deepEqual(si.map((r) => r.known_total), [48, 48, 48]); // 29 + 19
  assertClose(si[2].share, 77.1428571429, 8); // 162 / 210: most ethnicities not provided
  assertClose(si[0].share_known, 60.4166666667, 8); // 29 / 48
});

// Lines 107-177: single years of age per service; small counts 1 (CYPFS under 1, line 108) and
// 4 (Support & Information, age 16, line 173).
Deno.test("breakdown() flags small counts by single year of age", async () => {
  const age = breakdown(await load("child_victims_age"), { category: "age", by: ["service"] });
  const small = rows(age).filter((r) => r.small).map((r) => [r.service, r.age, r.value]);
  assert.deepEqual(small, [["CYPFS", 0, 1], ["Support & Information Service", 16, 4]]);
  // Counts of exactly 5 (CYPFS age 1, line 112; S&I age 11, line 153) are not below 5, but
  // are below a threshold of 6.
  const higher = breakdown(await load("child_victims_age"), {
    category: "age",
    by: ["service"],
    smallThreshold: 6,
  });
  assert.deepEqual(rows(higher).filter((r) => r.small).map((r) => [r.service, r.age, r.value]), [
    ["CYPFS", 0, 1],
    ["CYPFS", 1, 5],
    ["Support & Information Service", 11, 5],
    ["Support & Information Service", 16, 4],
  ]);
  assert.deepEqual(age.array("total").slice(0, 1), [339]); // CYPFS, see ageBands below
});

Deno.test("breakdown() of age bands gives each band's share of the service", async () => {
  const bands = ageBands(await load("child_victims_age"), { by: ["service"] });
  const shares = breakdown(bands, { category: "age_band", by: ["service"] });
  assert.deepEqual(columns(shares, ["age_band", "value", "total"]), {
    age_band: ["0-4", "5-9", "10-14", "15-17", "0-4", "5-9", "10-14", "15-17"],
    // CYPFS 1+5+6+9+17 = 38; 26+24+34+21+30 = 135; 28+19+16+27+23 = 113; 20+22+11 = 53
    // S&I 9+9+14+10+12 = 54; 16+11+14+12+12 = 65; 16+5+14+13+7 = 55; 9+4+8 = 21
    value: [38, 135, 113, 53, 54, 65, 55, 21],
    total: [339, 339, 339, 339, 195, 195, 195, 195],
  });
  assertClose(shares.get("share", 1), (135 / 339) * 100); // 39.82…%: the largest CYPFS band
});

Deno.test("breakdown() counts one row per person when value is null", () => {
  const people = aq.table({ sex: ["Female", "Male", "Female", "Not known"] });
  const r = breakdown(people, { category: "sex", value: null });
  assert.deepEqual(columns(r, ["sex", "count", "share", "share_known"]), {
    sex: ["Female", "Male", "Not known"],
    count: [2, 1, 1],
    share: [50, 25, 25], // 2/4, 1/4, 1/4
    share_known: [(2 / 3) * 100, (1 / 3) * 100, null],
  });
});

Deno.test("breakdown() takes its own list of unknown labels", async () => {
  const sex = breakdown(await load("child_victims_sex"), { category: "sex", unknown: [] });
  assert.deepEqual(sex.array("known_total"), [187, 187, 187]);
});

Deno.test("breakdown() flags every share approximate when a count it divides by is", () => {
  const t = aq.table({ sex: ["Female", "Male"], value: [100, 50], approximate: [true, false] });
  assert.deepEqual(breakdown(t, { category: "sex" }).array("approximate"), [true, true]);
});

Deno.test("breakdown() rejects a missing category and bad thresholds", async () => {
  const sex = await load("child_victims_sex");
  assertThrowsWith(
    () => breakdown(sex, {} as unknown as { category: string }),
    TypeError,
    'Cannot compute breakdown(): option "category" is required: name the column holding the categories, ' +
      'e.g. "sex"',
  );
  assertThrowsWith(
    () => breakdown(sex, { category: "sex", smallThreshold: -1 }),
    RangeError,
    'Cannot compute breakdown(): option "smallThreshold" must be a number of at least 0, got -1',
  );
  assertThrowsWith(
    // @ts-expect-error: labels must be strings
    () => breakdown(sex, { category: "sex", unknown: "Unknown" }),
    TypeError,
    'Cannot compute breakdown(): option "unknown" must be a list of strings, got "Unknown"',
  );
  assertThrowsWith(
    () => breakdown(sex, { category: "gender" }),
    RangeError,
    'Cannot compute breakdown(): option "category" names column "gender", which the table does not have ' +
      '(its columns are "financial_year", "service", "source_header", "sex", "value", "unit", ' +
      '"approximate", "bound", "missing_reason", "role", "raw", "seed" and "line")',
  );
});
