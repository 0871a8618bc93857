/**
 * The command line of `deno task reproduce`.
 *
 * @module
 */
import { join, relative } from "node:path";
import { OUT_DIR, PROJECT_ROOT } from "../io/paths.ts";
import { DEFAULT_JOBS } from "../notebook/run_notebooks.ts";
import { DEFAULT_TIMEOUT } from "./_nb_usage.ts";
import { commandLine, parseJobs } from "./_args.ts";

/** What `deno task reproduce` was asked to do. */
export interface ReproduceCommand {
  /** The notebooks' folder. */
  notebooks: string;
  /** True when the folder is the default one, which may be missing (no notebooks yet). */
  defaultNotebooks: boolean;
  /** The output folder (findings, executed notebooks, site). */
  out: string;
  jobs: number;
  /** Run every notebook, even one whose outputs are up to date. */
  force: boolean;
}

/** `deno task reproduce --help`. */
export const REPRODUCE_USAGE = `Usage: deno task reproduce [options]

The main job: checks the source documents and every dataset, recomputes the findings, runs each
notebook in notebooks/ on a fresh Deno kernel (a cell may run ${DEFAULT_TIMEOUT} s; executed copies in
out/notebooks/), and writes the report site to out/site/.

Options:
      --notebooks DIR  Run the notebooks in DIR instead of notebooks/
      --out DIR        Write the findings, executed notebooks and site under DIR instead of out/
  -j, --jobs N         Notebooks run at once, each in its own kernel (default ${DEFAULT_JOBS}: the
                       number of CPUs, at most 8)
      --force          Run every notebook, even one whose outputs are up to date (a notebook
                       whose code, parameters, modules, files read, deno.json, deno.lock and Deno
                       version are unchanged since it last ran without error is not run again)
  -h, --help           Show this help

Exit status: 0 when every check passes and every finding has its recorded status; 1 when a
dataset check fails, a notebook fails or a finding's status changed; 2 for bad arguments.`;

const options = {
  notebooks: { type: "string" },
  out: { type: "string" },
  jobs: { type: "string", short: "j" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Reads `deno task reproduce`'s arguments; exits for `--help` (0) and bad ones (2). */
export function parseReproduceArgs(): ReproduceCommand {
  return commandLine(REPRODUCE_USAGE, { options, strict: true }, ({ values }) => ({
    notebooks: values.notebooks ?? (relative(Deno.cwd(), join(PROJECT_ROOT, "notebooks")) || "."),
    defaultNotebooks: values.notebooks === undefined,
    out: values.out ?? (relative(Deno.cwd(), OUT_DIR) || "."),
    jobs: values.jobs === undefined ? DEFAULT_JOBS : parseJobs(values.jobs),
    force: values.force ?? false,
  }));
}
