// `deno task findings`: checks every figure the documents state against the figures it is
// computed from, prints the table, writes out/findings.json and out/findings.md, and prints the
// counts by status. Exit status: 0 when every finding has its recorded status (discrepancies are
// results, not failures); 1 when a status changed (a regression); 2 when the findings could not
// be run at all (a dataset missing or invalid, a definition that no longer matches the data).
import { type FindingsRun, formatFindingsTable, reproduceFindings } from "../findings/mod.ts";
import { allFindingDefinitions } from "../sources/check_sources.ts";

let run: FindingsRun;
try {
  // The findings of the user's own documents (deno task add) run beside the toolkit's.
  run = await reproduceFindings({ definitions: await allFindingDefinitions() });
} catch (error) {
  console.error(`Cannot run the findings: ${error instanceof Error ? error.message : error}`);
  Deno.exit(2);
}
console.log(formatFindingsTable(run.findings));
console.log("");
console.log(`Wrote ${run.written?.json} and ${run.written?.markdown}`);
console.log(run.summary);
if (run.regressions.length > 0) Deno.exit(1);
