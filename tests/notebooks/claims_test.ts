// Issue 14, "claims to correct": each sentence the issue found claiming more than the documents
// say is checked here against the source line it relies on, in the notebooks as committed.
import assert from "node:assert/strict";
import { joinSource, readNotebook } from "../../lib/notebook/mod.ts";
import { SEEDS_DIR } from "../../lib/data/mod.ts";
import { codeCells, NOTEBOOKS_DIR, outputText } from "./_notebooks.ts";

const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";
const FOI_0017 = "llr_opcc_foi_0017_24_asb_support.txt";
const LEICESTER = "leicester_council_foi_child_victims_2020_21.txt";
const NOTTS = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";

/** A seed's 1-based line. */
async function line(seed: string, n: number): Promise<string> {
  return (await Deno.readTextFile(`${SEEDS_DIR}${seed}`)).split("\n")[n - 1];
}

/** The plain text of a code cell's Markdown outputs, joined. */
async function said(notebook: string, cellId: string): Promise<string> {
  const nb = await readNotebook(`${NOTEBOOKS_DIR}${notebook}`);
  const cell = codeCells(nb).find((c) => c.id === cellId);
  assert.ok(cell, `${notebook} has no cell "${cellId}"`);
  return cell.outputs.filter((o) => outputText(o, "text/markdown") !== null)
    .map((o) => outputText(o, "text/plain")!).join("\n");
}

/** All the Markdown a notebook's code cells write. */
async function narrative(notebook: string): Promise<string> {
  const nb = await readNotebook(`${NOTEBOOKS_DIR}${notebook}`);
  return (await Promise.all(codeCells(nb).map((c) => said(notebook, c.id!)))).join("\n");
}

Deno.test("01 asb: the ASB figure's period starts six months before the new contract", async () => {
  // FOI 0017/24 line 38: the contract started on 1 April 2024; line 51: the 105 referrals and 36
  // users are for October 2023 - September 2024.
  assert.match(await line(FOI_0017, 38), /The contract had a start date of 1st April 2024/);
  assert.match(
    await line(FOI_0017, 51),
    /previous 12 months \(October 2023 – September 2024\), 105 referrals .* 36 service users/,
  );
  const text = await said("01_victim_first.ipynb", "asb");
  assert.doesNotMatch(text, /the one activity figure for the new contract/);
  assert.match(
    text,
    /It is not a measure of the new contract: 6 of those 12 months came before the contract started in April 2024 \(FOI 0017\/24, line 38/,
  );
  // 36 / 105 = 34.29%: a ratio to one decimal.
  assert.match(
    text,
    /36 service users receiving support: 34\.3% of the referrals \(FOI 0017\/24, line 51\)/,
  );
});

Deno.test("01: no growth-rate multiple, and the contract's uplift year by year", async () => {
  // FOI 0004-24 lines 79-80: funding £561,813 → £572,798 (+2.0%), referrals 1,351 → 1,795 (+32.9%).
  const annual = await said("01_victim_first.ipynb", "annual");
  assert.doesNotMatch(annual, /times as fast/);
  assert.match(annual, /referrals of children rose by 32\.9% while the funding rose by 2\.0%/);
  // FOI 0017/24 lines 43-47: 510,862 / 500,000 = +2.2%, then +2.0% a year; lines 43 and 80 across
  // the missing 2023-24: (500,000 / 572,798)^(1/2) − 1 = −6.6% a year.
  assert.match(
    await said("01_victim_first.ipynb", "contract"),
    /\+2\.2% in 2025-26, \+2\.0% in 2026-27, \+2\.0% in 2027-28 and \+2\.0% in 2028-29/,
  );
  assert.match(
    await said("01_victim_first.ipynb", "compare"),
    /across 2023-24, for which none of the documents gives a figure: -6\.6% a year compounded/,
  );
});

Deno.test("02 budget: Warning Zone, 'delivered to Year 6 cohorts', counts among the children's rows", async () => {
  assert.match(
    await line(FRAMEWORK, 118),
    /^Warning Zone – schools activity centre, aimed at preventing future crime, delivered to Year 6 cohorts/,
  );
  assert.match(
    await line(FRAMEWORK, 185),
    /^Short\tPrevention\tWarning Zone\tWarning Zone\t50,000$/,
  );
  const text = await said("02_services_for_children.ipynb", "budget");
  // £392,440 named for children, plus Warning Zone's £50,000: £442,440 of £6,674,237 = 6.6%.
  assert.match(
    text,
    /^7 rows name children or young people or are described as work with them, worth £442,440 of the £6,674,237 in Table 1 \(6\.6%/,
  );
  assert.match(
    text,
    /Warning Zone's £50,000 among them because the framework says it is "delivered to Year 6 cohorts" \(Commissioning Framework 2024-25, line 118\)/,
  );
});

Deno.test("03: the Support & Information Service is not called an adult service, nor 'BME' defined", async () => {
  // Line 61: "Leicester City Support & Information Contract – number of secondary victims
  // (children)"; line 197 "BME", with no definition anywhere in the response.
  assert.match(
    await line(LEICESTER, 61),
    /Support & Information Contract – number of secondary victims \(children\)/,
  );
  assert.equal((await line(LEICESTER, 197)).trim(), "BME");
  const seed = await Deno.readTextFile(`${SEEDS_DIR}${LEICESTER}`);
  assert.doesNotMatch(seed, /BME \(|Black and minority|minority ethnic/i);
  const nb = await readNotebook(`${NOTEBOOKS_DIR}03_child_victims_leicester.ipynb`);
  const all = nb.cells.map((c) => joinSource(c.source)).join("\n") +
    await narrative("03_child_victims_leicester.ipynb");
  assert.doesNotMatch(all, /adult support and information service|secondary victims of adults/i);
  assert.doesNotMatch(all, /groups every minority ethnic group/);
  assert.match(
    await said("03_child_victims_leicester.ipynb", "ethnicity"),
    /uses the label "BME" \(.*line 197\) without defining it/,
  );
});

Deno.test("03: the ethnicity caption says a cell is empty only where the chosen service's is", async () => {
  // Line 206: CYPFS's "Not provided" cell is empty; line 207: the Support & Information
  // Service's is 162.
  assert.equal(await line(LEICESTER, 206), "\t");
  assert.equal((await line(LEICESTER, 207)).trim(), "162");
  const nb = await readNotebook(`${NOTEBOOKS_DIR}03_child_victims_leicester.ipynb`);
  const cell = codeCells(nb).find((c) => c.id === "ethnicity")!;
  assert.match(
    joinSource(cell.source),
    /notProvided\.value === null \? ` The \$\{notProvided\.ethnicity\} cell is empty/,
  );
  const html = cell.outputs.map((o) => outputText(o, "text/html") ?? "").join("");
  assert.match(html, /The Not provided cell is empty in the document and stays empty/);
});

Deno.test("03: bounds on distinct child victims, and the range of the male share", async () => {
  // Line 48 warns of double counting. Question B, lines 56-72: at least 1,171, at most
  // 356 + 204 + 258 + 1,171 + 164 = 2,153. Lines 56, 184-190: male 131 of 183 recorded, 356 in all.
  assert.match(await line(LEICESTER, 48), /there may be some double counting/);
  assert.match(
    await said("03_child_victims_leicester.ipynb", "counts"),
    /question B\), between 1,171 and 2,153 children/,
  );
  assert.match(
    await said("03_child_victims_leicester.ipynb", "sex"),
    /male, from 36\.8% to 85\.4% of the 356/,
  );
  assert.match(
    await said("03_child_victims_leicester.ipynb", "counts"),
    /SafeLives Insights system \(FOI\/EIR response: child victims of abuse, 2020-21, line 88\)/,
  );
});

Deno.test("04 risk: 'no indication' for two items, £807,202; two more end as planned", async () => {
  // Lines 93 and 106 say there is no indication; line 120 ("No further funding ... Project will be
  // completed") and line 132 ("cease as agreed") do not.
  assert.match(await line(FRAMEWORK, 93), /There is no indication that the funding will continue/);
  assert.match(
    await line(FRAMEWORK, 106),
    /there is no indication that this funding will continue/,
  );
  assert.match(
    await line(FRAMEWORK, 120),
    /No further funding post March 2025\. Project will be completed\./,
  );
  assert.match(await line(FRAMEWORK, 132), /funding will cease as agreed March 2025/);
  const text = await said("04_llr_commissioning_2024_25.ipynb", "risk");
  assert.doesNotMatch(text, /£1,350,417|20\.2%/);
  // MoJ grants 435,343 (lines 209-219) + DA Perpetrator Programme 371,859 (line 204) = 807,202;
  // of 6,674,237: 12.1%.
  assert.match(
    text,
    /The framework says so of 2 items .* Together they come to £807,202: 12\.1% of the whole budget/,
  );
  // Serious Violence Duty 194,313 (line 208) + Safer Streets 5 65,347 + 49,412 + 234,143 = 348,902.
  assert.match(
    text,
    /\*\*Ends as planned\.\*\* Serious Violence Duty \(£194,313.*Safer Streets 5 \(£348,902/,
  );
  // Lines 57, 61, 110, 111, 118: five contracts to March 2025 with extension options.
  assert.match(text, /5 contracts run to March 2025 with options to extend them/);
});

Deno.test("04 totals: the blank safeguarding-board cells are unknown, not unfunded", async () => {
  assert.equal(await line(FRAMEWORK, 71), "- Children and Adults Safeguarding Boards");
  assert.match(
    await line(FRAMEWORK, 165),
    /^Partnership\tVulnerability\tAdults Safeguarding Board\tLeicester City Council\t$/,
  );
  const text = await said("04_llr_commissioning_2024_25.ipynb", "totals");
  assert.doesNotMatch(text, /read as unfunded/);
  assert.match(
    text,
    /does not make them unfunded\. The framework lists the Children and Adults Safeguarding Boards among the partnerships the OPCC contributes to \(Commissioning Framework 2024-25, line 71\)/,
  );
  // Lines 153-200: 47 commissioned rows, 45 of them with a figure.
  assert.match(text, /the 45 commissioned rows with a figure \(of 47\)/);
});

Deno.test("04 provider: 35 names counted as such, 'Various' and the OPCC set apart", async () => {
  // Line 220: "ISVA Funding	Various"; lines 196-207: the OPCC's and PCC's own rows.
  assert.match(await line(FRAMEWORK, 220), /\tISVA Funding\tVarious\t/);
  const text = await said("04_llr_commissioning_2024_25.ipynb", "provider");
  assert.doesNotMatch(text, /The budget goes to 35 providers/);
  assert.match(
    text,
    /Table 1 names 35 providers .* That leaves 32 named providers outside the OPCC/,
  );
});

Deno.test("05 summary: counts from statuses, the CSP total among the stated figures checked", async () => {
  // Framework line 81: "Year 24-25 spend is £639,675"; lines 186-194 add up to £639,676.
  assert.match(await line(FRAMEWORK, 81), /Year 24-25 spend is £639,675\./);
  const nb = await readNotebook(`${NOTEBOOKS_DIR}05_reproducibility.ipynb`);
  const code = codeCells(nb).map((c) => joinSource(c.source)).join("\n");
  assert.doesNotMatch(code, /\/total\/\.test\(f\.id\)|f\.id\.(includes|match)/);
  const text = await said("05_reproducibility.ipynb", "summary");
  assert.doesNotMatch(text, /All \d+ stated totals|6 discrepancies/);
  assert.match(
    text,
    /35 of them reproduce .* and 1 does not: Community Safety Partnerships: "Year 24-25 spend is £639,675"/,
  );
  assert.match(
    text,
    /5 more set a breakdown against a headline it is not stated to add up to, and are reported as coverage/,
  );
  // No guessed reason for the age breakdowns falling short.
  assert.doesNotMatch(code + text, /drawn at different times|counted without an age/);
});

Deno.test("06: Table 1 is not everything the OPCC funds, and the pairing's readings are shown", async () => {
  // Lines 136, 138, 140: the VRN, Hotspot Policing and Immediate Justice, outside Table 1.
  assert.match(await line(FRAMEWORK, 136), /owns the Violence Reduction Network/);
  assert.match(await line(FRAMEWORK, 138), /^Hotspot Policing/);
  assert.match(await line(FRAMEWORK, 140), /^Immediate Justice/);
  const whole = await said("06_nottinghamshire_2015_vs_llr.ipynb", "whole");
  assert.doesNotMatch(whole, /lists every project the OPCC funds/);
  assert.match(
    whole,
    /not everything the OPCC funds: the framework names the Violence Reduction Network's commissioning, Hotspot Policing grants and the Immediate Justice programme outside it \(Commissioning Framework 2024-25, lines 136–140\)/,
  );
  // Lines 95-96: Women's Aid Leicester, Living Without Abuse; line 75: MARAC. By name 552,143;
  // with them 552,143 + 100,167 + 32,814 + 38,388 + 25,906 + 28,700 = 778,118; c£800,000, line 65.
  assert.equal(await line(FRAMEWORK, 95), "- Women's Aid Leicester");
  assert.equal(await line(FRAMEWORK, 96), "- Living Without Abuse");
  assert.match(await line(NOTTS, 65), /anticipated total for 2015-6 is c£800,000/);
  const pairs = await said("06_nottinghamshire_2015_vs_llr.ipynb", "pairs");
  assert.doesNotMatch(pairs, /like-for-like/);
  assert.match(
    pairs,
    /come to £552,143 .* 69\.0% of Nottinghamshire's "c£800,000" .* 9 rows come to £778,118 .* 97\.3% of it/,
  );
});

Deno.test("06: no year 'ever funded at that rate', and MoJ grants that end, not 'may end'", async () => {
  // Notts line 64: £411,834 for 1 April - 31 December 2015, a new service from 1 January 2016.
  assert.match(
    await line(NOTTS, 64),
    /Victim Support £411,834 for the period 1 April – 31 December 2015\. We will commission a new service to run from 1 January 2016\./,
  );
  assert.match(await line(FRAMEWORK, 93), /these grants end March 2025/);
  const text = await narrative("06_nottinghamshire_2015_vs_llr.ipynb");
  const nb = await readNotebook(`${NOTEBOOKS_DIR}06_nottinghamshire_2015_vs_llr.ipynb`);
  const cells = nb.cells.map((c) => joinSource(c.source)).join("\n");
  assert.doesNotMatch(text + cells, /was ever funded at that rate|may end in March 2025/);
  assert.match(text, /so it gives no full year at that rate/);
  assert.match(
    text,
    /MoJ grants that the framework says end in March 2025, with no indication that the funding will continue \(Commissioning Framework 2024-25, line 93\)/,
  );
});
