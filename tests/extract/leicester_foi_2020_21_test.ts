import assert from "node:assert/strict";
import { extractLeicesterFoi202021 } from "../../lib/extract/mod.ts";
import { seedText } from "./_seed.ts";

const SEED = "leicester_council_foi_child_victims_2020_21.txt";
const out = extractLeicesterFoi202021(SEED, await seedText(SEED));

Deno.test("Leicester: nine counts by data source across questions A-C (lines 23-88)", () => {
  assert.deepEqual(out.child_victims.map((r) => [r.question, r.service, r.value, r.line]), [
    ["A", "CYPFS", 67, 29],
    ["A", "Children's Social Care", 91, 39],
    ["A", "Children's Social Care", 199, 43],
    ["B", "CYPFS", 356, 56],
    ["B", "Support & Information Service", 204, 60],
    ["B", "Children's Social Care", 258, 64],
    ["B", "Children's Social Care", 1171, 68],
    ["B", "Children's Social Care", 164, 72],
    ["C", "SafeLives Insights", 2, 83],
  ]);
});

Deno.test("Leicester: cells that wrap over lines are joined, notes kept apart", () => {
  const [first] = out.child_victims;
  // Lines 33 and 35: "…Limited as contracted providers of the" / "Children and Young People Family Service"
  assert.equal(
    first.data_owner,
    "United Against Violence and Abuse (UAVA) Limited as contracted providers of the Children and Young People Family Service",
  );
  // Line 32 is a note on what the count includes
  assert.equal(
    first.note,
    "Needs identified as sexual violence only and both domestic abuse and sexual violence",
  );
  const c = out.child_victims.at(-1)!;
  // Lines 84-85: "SafeLives Adults Insights" / " (16/17 yr. olds)"; line 223's footnote
  assert.equal(c.data_source, "SafeLives Adults Insights (16/17 yr. olds)");
  assert.match(c.note!, /^Insights data shows a proportion of those accessing the service/);
});

// Issue 14: question C's count is on line 83, its data owner on line 88.
Deno.test("Leicester: each count cites the line its data owner is named on", async () => {
  const lines = (await seedText(SEED)).split("\n");
  assert.equal(lines[82].trim(), "2");
  assert.match(
    lines[87],
    /^\tThis data was entered by commissioned providers \(United Against Violence/,
  );
  const c = out.child_victims.at(-1)!;
  assert.deepEqual([c.question, c.line, c.data_owner_line], ["C", 83, 88]);
  assert.ok(lines[c.data_owner_line! - 1].includes(c.data_owner!));
  for (const row of out.child_victims) {
    // Every owner is on the line cited (the first line of a wrapped owner, lines 33-35).
    assert.ok(
      lines[row.data_owner_line! - 1].includes(row.data_owner!.slice(0, 20)),
      row.data_source,
    );
  }
  assert.deepEqual(out.child_victims.map((r) => r.data_owner_line), [
    33,
    41,
    45,
    58,
    62,
    66,
    70,
    74,
    88,
  ]);
});

Deno.test("Leicester: the budget, the children's service and the stated 'roughly 27%' (lines 93, 97)", () => {
  assert.deepEqual(
    out.council_dsv_budget.map((r) => [r.measure, r.value, r.unit, r.approximate, r.role]),
    [
      ["dsv_commissioning_budget", 705672, "GBP", false, "observation"],
      ["cyp_service_contract_value", 186945, "GBP", false, "observation"],
      ["cyp_share", 27, "percent", true, "percentage"],
    ],
  );
});

Deno.test("Leicester: 18 ages × 2 services, 3 sexes, 3 ethnic groups × 2 services", () => {
  assert.equal(out.child_victims_age.length, 36);
  assert.equal(out.child_victims_sex.length, 3);
  assert.equal(out.child_victims_ethnicity.length, 6);
  // Lines 107-109: "Under 1" → CYPFS 1, Support & Information 9
  assert.deepEqual(
    out.child_victims_age.slice(0, 2).map((r) => [r.age_label, r.age, r.service, r.value]),
    [["Under 1", 0, "CYPFS", 1], ["Under 1", 0, "Support & Information Service", 9]],
  );
  // Lines 183-190: Male 131, Female 52, Unknown 4 (Unknown is a category, not missing)
  assert.deepEqual(out.child_victims_sex.map((r) => [r.sex, r.value]), [
    ["Male", 131],
    ["Female", 52],
    ["Unknown", 4],
  ]);
});

Deno.test("Leicester: the empty CYPFS 'Not provided' cell is null with a reason (line 206)", () => {
  const notProvided = out.child_victims_ethnicity.filter((r) => r.ethnicity === "Not provided");
  assert.deepEqual(notProvided.map((r) => [r.service, r.value, r.missing_reason, r.line]), [
    ["CYPFS", null, "Empty cell", 206],
    ["Support & Information Service", 162, null, 207],
  ]);
});
