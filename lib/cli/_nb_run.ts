/**
 * `deno task nb run`: find the notebooks, run them with live progress, print the summary.
 *
 * @module
 */
import { findNotebooks } from "../notebook/find_notebooks.ts";
import { formatRunSummary } from "../notebook/format_run_summary.ts";
import type { RunNotebooksResult } from "../notebook/run_notebooks.ts";
import type { RunCommand } from "./_nb_args.ts";
import { writeOut } from "./_output.ts";
import { notebookCacheDir, runWithProgress } from "./_run_with_progress.ts";

/** Runs the command; returns the exit status (0 all ok, 1 a notebook did not end ok, 2 refused). */
export async function runCommand(command: RunCommand): Promise<number> {
  const paths = await findNotebooks(command.paths);
  let run: RunNotebooksResult;
  try {
    run = await runWithProgress(paths, {
      outDir: command.outDir,
      inPlace: command.inPlace,
      params: command.params,
      timeout: command.timeout,
      jobs: command.jobs,
      failFast: command.failFast,
      check: command.check,
      cache: command.check ? null : { dir: notebookCacheDir(), force: command.force },
    });
  } catch (error) {
    // runNotebooks refuses unsafe targets before anything runs: a usage error.
    if (!(error instanceof RangeError)) throw error;
    console.error(error.message);
    return 2;
  }
  const gap = paths.length > 0 ? "\n" : ""; // a blank line after the progress lines
  writeOut(`${gap}${formatRunSummary(run, { inPlace: command.inPlace })}`);
  const written = run.results.filter((result) => result.written !== null).length;
  if (command.outDir !== null && written > 0) {
    writeOut(`Executed notebooks are in ${command.outDir}\n`);
  }
  if (command.inPlace) {
    writeOut(`${written} of ${run.results.length} notebooks written in place\n`);
  }
  return run.ok ? 0 : 1;
}
