import assert from "node:assert/strict";
import { extractLlrFramework202425 } from "../../lib/extract/mod.ts";
import { seedText } from "./_seed.ts";

const SEED = "llr_opcc_commissioning_framework_2024_25.txt";
const out = extractLlrFramework202425(SEED, await seedText(SEED));
const spend = out.commissioning_spend;

Deno.test("Table 1 has 47 commissioned rows and 17 grant rows, and two stated TOTALs", () => {
  const count = (section: string, role: string) =>
    spend.filter((r) => r.section === section && r.role === role).length;
  // Lines 153-200 less the blank line 177 = 47; lines 204-220 = 17.
  assert.equal(count("commissioned", "observation"), 47);
  assert.equal(count("grants", "observation"), 17);
  assert.deepEqual(
    spend.filter((r) => r.role === "total").map((r) => [r.section, r.value, r.line]),
    [["commissioned", 4654011, 201], ["grants", 2020226, 221]],
  );
});

Deno.test("Table 1: the two Adults Safeguarding Board rows have no spend: null, not 0", () => {
  const empty = spend.filter((r) => r.value === null);
  assert.deepEqual(empty.map((r) => [r.project, r.provider, r.missing_reason, r.line]), [
    ["Adults Safeguarding Board", "Leicester City Council", "Empty cell", 165],
    ["Adults Safeguarding Board", "Leicestershire County Council", "Empty cell", 167],
  ]);
});

Deno.test("Table 1: the '24/25 Spend' header makes every row 2024-25; TBC term kept as printed", () => {
  assert.ok(spend.every((r) => r.financial_year === "2024-25"));
  const other = spend.find((r) => r.project === "Other Victim Services")!;
  assert.deepEqual([other.term, other.value, other.line], ["TBC", 103500, 199]);
});

Deno.test("The prose figures are read with their qualifiers (lines 37, 81, 85, 140)", () => {
  const by = (subject: string) => out.commissioning_figures.find((r) => r.subject === subject)!;
  assert.equal(out.commissioning_figures.length, 14);
  assert.deepEqual(
    [by("Victim Pathway Service").value, by("Victim Pathway Service").per_annum],
    [80000, true],
  );
  const csp = by("Community Safety Partnerships");
  assert.deepEqual([csp.value, csp.financial_year, csp.raw], [639675, "2024-25", "£639,675"]);
  assert.deepEqual([by("Community Safety Partnerships convened across LLR").value], [9]);
  const grants = by("Commissioners Safety Fund grants");
  assert.deepEqual([grants.value, grants.bound, grants.qualifier], [20000, "upper", "usually"]);
  assert.equal(by("Immediate Justice programme").qualifier, "expected");
});

Deno.test("Contract terms: ends and options to the precision stated, and funding at risk", () => {
  const terms = out.contract_terms;
  const by = (service: string) => terms.find((r) => r.service === service)!;
  // Line 33: "start date of 01/04/2024", "commissioned for 5 years"
  assert.deepEqual([by("Victim First").start, by("Victim First").length_years], ["2024-04-01", 5]);
  // Line 47: "to March 2026 with options to extend for one plus one years to 2028"
  const misuse = by("Substance Misuse Services");
  assert.deepEqual([misuse.ends, misuse.extendable_to], ["2026-03", "2028"]);
  // Lines 93 and 106: "There is no indication that the funding will continue after March 2025",
  // "there is no indication that this funding will continue post March 2025": at risk.
  assert.deepEqual(terms.filter((t) => t.funding_at_risk).map((t) => [t.service, t.ends, t.line]), [
    ["Specialist domestic abuse and sexual violence services (MoJ grants)", "2025-03", 93],
    ["DA Perpetrator Programme (Jenkins Centre)", "2025-03", 106],
  ]);
});

// Issue 14: the framework says "no indication" of continuing only on lines 93 and 106; the
// Serious Violence Duty and Safer Streets 5 end as planned (lines 120, 132).
Deno.test("Contract terms: funding that ends as planned is not funding at risk", async () => {
  const lines = (await seedText(SEED)).split("\n");
  assert.match(lines[92], /There is no indication that the funding will continue after March 2025/);
  assert.match(
    lines[105],
    /there is no indication that this funding will continue post March 2025/,
  );
  assert.match(
    lines[119],
    /^Serious Violence Duty – funded to March 2025 .* No further funding post March 2025\. Project will be completed\./,
  );
  assert.match(lines[131], /^It is expected that the funding will cease as agreed March 2025\./);
  assert.doesNotMatch(lines[119] + lines[131], /no indication/i);
  const terms = out.contract_terms;
  assert.deepEqual(terms.filter((t) => t.ends_as_planned).map((t) => [t.service, t.line]), [
    ["Serious Violence Duty", 120],
    ["Safer Streets 5", 132],
  ]);
  assert.ok(terms.every((t) => !(t.funding_at_risk && t.ends_as_planned)));
});

Deno.test("Contract terms: the funding sources and provider the framework names on other lines", async () => {
  const lines = (await seedText(SEED)).split("\n");
  const by = (service: string) => out.contract_terms.find((r) => r.service === service)!;
  // Line 57: "Part of the success of the delivery of this contract is dependent on additional MoJ
  // funding across both Freeva and multiple other agencies which runs to March 2025."
  assert.match(lines[56], /dependent on additional MoJ funding across both Freeva/);
  assert.deepEqual([
    by("Helpline & Engagement Service").funding_source,
    by("Helpline & Engagement Service").line,
  ], ["MoJ funding", 57]);
  // Line 126: "Safer Streets 5 – Three projects funded by the Home Office"; the row is line 132's.
  assert.match(lines[125], /^Safer Streets 5 – Three projects funded by the Home Office/);
  assert.deepEqual([by("Safer Streets 5").funding_source, by("Safer Streets 5").line], [
    "Home Office",
    132,
  ]);
  // Line 118 names no provider for Warning Zone; Table 1's row, line 185, does: "Warning Zone".
  assert.match(lines[184], /^Short\tPrevention\tWarning Zone\tWarning Zone\t50,000$/);
  assert.equal(by("Warning Zone").provider, "Warning Zone");
  // Line 112: "Reflect, Young Male Adults Pathway – delivered by Ingeus"
  assert.match(lines[111], /Reflect, Young Male Adults Pathway – delivered by Ingeus,/);
  assert.equal(by("Reflect, Young Male Adults Pathway").provider, "Ingeus");
});
