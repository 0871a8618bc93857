// `deno task findings`: checks every figure the documents state against the figures it is
// computed from, prints the table, writes out/findings.json and out/findings.md, and fails only
// when a finding's status is not the one recorded for it (a regression). Discrepancies are
// results, not failures.
import { formatFindingsTable, reproduceFindings } from "../findings/mod.ts";

const run = await reproduceFindings();
console.log(formatFindingsTable(run.findings));
console.log("");
console.log(`Wrote ${run.written?.json} and ${run.written?.markdown}`);
console.log(run.summary);
if (run.regressions.length > 0) Deno.exit(1);
