// `deno task reproduce`: the main job. Checks every dataset against its schema and its source
// documents, recomputes the findings, runs the notebooks, writes the report site, and prints a
// summary. See `deno task reproduce --help`.
//
// It fails closed: the findings, the executed notebooks and the site are built together in a
// folder of their own and published together (publishTogether), so out/ holds all three from one
// run, never a mix. When a check fails the site still comes out, but every page says that the run
// failed and what failed; notebooks do not run on datasets that failed their checks (nor are
// findings computed from them), and the previous run's findings and notebooks are removed.
import { join } from "node:path";
import { checkDatasets, type DatasetsReport } from "../extract/check_datasets.ts";
import { type FindingsRun, reproduceFindings } from "../findings/reproduce_findings.ts";
import { checkRunTargets } from "../notebook/check_run_targets.ts";
import { terminalText } from "../notebook/terminal_text.ts";
import { publishTogether } from "../report/publish_together.ts";
import { allFindingDefinitions, checkSources } from "../sources/check_sources.ts";
import { siteSummary } from "../report/site_summary.ts";
import type { NotebookRun } from "../report/types.ts";
import { writeOut } from "./_output.ts";
import { parseReproduceArgs } from "./_reproduce_args.ts";
import {
  notebookFailure,
  projectNotebooks,
  runProjectNotebooks,
  shortPath,
  siteFindings,
  toSiteRun,
  writeReport,
} from "./_reproduce_notebooks.ts";

/** What reproduce publishes in its output folder, all from one run. */
const OUTPUTS = ["findings.json", "findings.md", "notebooks", "site"];

const command = parseReproduceArgs();

// Everything that can be refused is refused before anything runs.
let paths: string[];
try {
  paths = await projectNotebooks(command.notebooks, command.defaultNotebooks);
  await checkRunTargets(paths, { outDir: join(command.out, "notebooks") });
} catch (error) {
  if (!(error instanceof Deno.errors.NotFound || error instanceof RangeError)) throw error;
  console.error(terminalText(error.message));
  Deno.exit(2);
}

const print = (text: string) => writeOut(terminalText(text));
let runs: NotebookRun[] = [];
let findings: FindingsRun | null = null;
const failures: string[] = [];

await publishTogether(command.out, OUTPUTS, async (staging) => {
  const report = await checkDatasets();
  printDatasets(report);
  failures.push(...datasetFailures(report));
  // The user's own documents (deno task add), checked the same way; nothing when there are none.
  const sources = await checkSources();
  for (const line of sources.lines) print(`${line}\n`);
  failures.push(...sources.failures);
  const dataOk = report.ok && sources.ok;

  // Findings: every figure the documents state, recomputed. Discrepancies are results; only a
  // finding whose status changed (a regression) fails the run.
  print("Findings (figures the documents state, recomputed from the datasets)\n");
  findings = dataOk
    ? await reproduceFindings({ outDir: staging, definitions: await allFindingDefinitions() })
    : null;
  print(
    findings === null
      ? "  skipped: the datasets failed their checks\n"
      : `${findings.summary.replace(/^/gm, "  ")}\n`,
  );
  failures.push(...(findings?.regressions ?? []).map((r) => `Finding ${r.message}`));

  // Notebooks: each on a fresh kernel, never on datasets that failed their checks.
  print(`Notebooks (in ${command.notebooks}, each on a fresh Deno kernel)\n`);
  if (dataOk) {
    const run = await runProjectNotebooks(paths, {
      outDir: join(staging, "notebooks"),
      shownDir: join(command.out, "notebooks"),
      jobs: command.jobs,
      force: command.force,
    });
    runs = run.results.map(toSiteRun);
    failures.push(...runs.filter((r) => r.status !== "ok").map(notebookFailure));
  } else {
    print("  skipped: no notebook runs on datasets that failed their checks\n");
  }
  print("Report\n");
  await writeReport(join(staging, "site"), runs, { findings, failures });
});

const index = shortPath(join(command.out, "site", "index.html"));
for (const line of siteSummary(runs, siteFindings(findings), { index })) print(`${line}\n`);
if (failures.length > 0) {
  const count = failures.length === 1 ? "1 check" : `${failures.length} checks`;
  print(`FAILED: ${count} failed; every page of the report says so\n`);
  Deno.exit(1);
}

function printDatasets(report: DatasetsReport): void {
  print("Source documents\n");
  for (const seed of report.seeds) {
    print(
      `  ${seed.ok ? "ok  " : "FAIL"} ${seed.file}${
        seed.ok ? "" : ` (sha256 ${seed.actual ?? "missing"}, expected ${seed.expected})`
      }\n`,
    );
  }
  print("Datasets (schema, provenance of every figure, no drift from a fresh extraction)\n");
  for (const d of report.datasets) {
    const problems = datasetProblems(d);
    print(
      `  ${problems.length === 0 ? "ok  " : "FAIL"} ${d.name.padEnd(26)} ${
        String(d.rows ?? "-").padStart(4)
      } rows\n`,
    );
    for (const p of problems) print(`       ${p}\n`);
  }
  const rows = report.datasets.reduce((n, d) => n + (d.rows ?? 0), 0);
  print(
    `${report.datasets.length} datasets, ${rows} rows, from ${report.seeds.length} source ` +
      `documents: ${report.ok ? "all valid and traceable" : "PROBLEMS FOUND"}\n`,
  );
}

function datasetProblems(d: DatasetsReport["datasets"][number]): string[] {
  return [
    d.schemaError,
    ...d.provenance.map((p) => `row ${p.row} (${p.seed}:${p.line}): ${p.message}`),
    d.drift ? "differs from a fresh extraction: run `deno task extract`" : null,
  ].filter((p) => p !== null);
}

/** One sentence per seed or dataset that failed its checks, for the report's notice. */
function datasetFailures(report: DatasetsReport): string[] {
  const seeds = report.seeds.filter((s) => !s.ok).map((s) =>
    `Source document seeds/${s.file} is not the one recorded in seeds/manifest.json ` +
    `(its SHA-256 is ${s.actual ?? "missing: no such file"})`
  );
  const datasets = report.datasets.flatMap((d) => {
    const problems = datasetProblems(d);
    if (problems.length === 0) return [];
    const rest = problems.length - 1;
    const more = rest === 0 ? "" : ` (and ${rest} more ${rest === 1 ? "problem" : "problems"})`;
    return [`Dataset data/${d.name}.csv failed its checks: ${problems[0]}${more}`];
  });
  return [...seeds, ...datasets];
}
