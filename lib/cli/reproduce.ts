// `deno task reproduce`: the main job. Checks every dataset against its schema and its source
// documents, recomputes the findings, runs the notebooks, writes the report site, and prints a
// summary. See `deno task reproduce --help`.
import { join } from "node:path";
import { checkDatasets } from "../extract/check_datasets.ts";
import { reproduceFindings } from "../findings/reproduce_findings.ts";
import { parseReproduceArgs } from "./_reproduce_args.ts";
import { runProjectNotebooks, writeReport } from "./_reproduce_notebooks.ts";

const command = parseReproduceArgs(Deno.args);
if (command.kind === "help") {
  console.log(command.text);
  Deno.exit(0);
}
if (command.kind === "usage-error") {
  console.error(`${command.message}\n\n${command.usage}`);
  Deno.exit(2);
}

const report = await checkDatasets();
console.log("Source documents");
for (const seed of report.seeds) {
  console.log(
    `  ${seed.ok ? "ok  " : "FAIL"} ${seed.file}${
      seed.ok ? "" : ` (sha256 ${seed.actual ?? "missing"}, expected ${seed.expected})`
    }`,
  );
}
console.log("Datasets (schema, provenance of every figure, no drift from a fresh extraction)");
for (const d of report.datasets) {
  const problems = [
    d.schemaError,
    ...d.provenance.map((p) => `row ${p.row} (${p.seed}:${p.line}): ${p.message}`),
    d.drift ? "differs from a fresh extraction: run `deno task extract`" : null,
  ].filter((p) => p !== null);
  console.log(
    `  ${problems.length === 0 ? "ok  " : "FAIL"} ${d.name.padEnd(26)} ${
      String(d.rows ?? "-").padStart(4)
    } rows`,
  );
  for (const p of problems) console.log(`       ${p}`);
}
const rows = report.datasets.reduce((n, d) => n + (d.rows ?? 0), 0);
console.log(
  `${report.datasets.length} datasets, ${rows} rows, from ${report.seeds.length} source documents: ` +
    (report.ok ? "all valid and traceable" : "PROBLEMS FOUND"),
);

// Findings: every figure the documents state, recomputed (writes out/findings.json and .md).
// Discrepancies are results; only a finding whose status changed (a regression) fails the run.
console.log("Findings (figures the documents state, recomputed from the datasets)");
const findings = report.ok ? await reproduceFindings({ outDir: command.out }) : null;
console.log(
  findings === null
    ? "  skipped: the datasets have problems"
    : findings.summary.replace(/^/gm, "  "),
);

// Notebooks: each on a fresh kernel, executed copies in out/notebooks/; then the report site.
console.log(`Notebooks (in ${command.notebooks}, each on a fresh Deno kernel)`);
const notebooks = await runProjectNotebooks(command.notebooks, {
  outDir: join(command.out, "notebooks"),
  optional: command.defaultNotebooks,
  jobs: command.jobs,
}).catch((error: Error) => {
  console.error(error.message);
  Deno.exit(2);
});
console.log("Report");
await writeReport(join(command.out, "site"), notebooks.runs, findings);

if (!report.ok || (findings?.regressions.length ?? 0) > 0 || !notebooks.run.ok) Deno.exit(1);
