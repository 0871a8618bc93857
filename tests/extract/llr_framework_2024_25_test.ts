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
  // Lines 93, 106, 120, 132 say the funding will not (or may not) continue after March 2025
  assert.deepEqual(terms.filter((t) => t.funding_at_risk).map((t) => [t.service, t.ends, t.line]), [
    ["Specialist domestic abuse and sexual violence services (MoJ grants)", "2025-03", 93],
    ["DA Perpetrator Programme (Jenkins Centre)", "2025-03", 106],
    ["Serious Violence Duty", "2025-03", 120],
    ["Safer Streets 5", "2025-03", 132],
  ]);
});
