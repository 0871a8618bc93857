/**
 * The command line of `deno task reproduce`.
 *
 * @module
 */
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { OUT_DIR, PROJECT_ROOT } from "../io/paths.ts";
import { DEFAULT_JOBS } from "../notebook/run_notebooks.ts";
import { DEFAULT_TIMEOUT } from "./_nb_usage.ts";
import { describeParseError } from "./_parse_error.ts";
import { parseJobs } from "./_parse_jobs.ts";

/** What `deno task reproduce` was asked to do. */
export type ReproduceCommand =
  | { kind: "help"; text: string }
  | { kind: "usage-error"; message: string; usage: string }
  | {
    kind: "reproduce";
    /** The notebooks' folder. */
    notebooks: string;
    /** True when the folder is the default one, which may be missing (no notebooks yet). */
    defaultNotebooks: boolean;
    /** The output folder (findings, executed notebooks, site). */
    out: string;
    jobs: number;
    /** Run every notebook, even one whose outputs are up to date. */
    force: boolean;
  };

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

/** Parses `deno task reproduce`'s arguments. */
export function parseReproduceArgs(args: readonly string[]): ReproduceCommand {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        notebooks: { type: "string" },
        out: { type: "string" },
        jobs: { type: "string", short: "j" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help) return { kind: "help", text: REPRODUCE_USAGE };
    const jobs = values.jobs === undefined ? DEFAULT_JOBS : parseJobs(values.jobs);
    return {
      kind: "reproduce",
      notebooks: values.notebooks ?? (relative(Deno.cwd(), join(PROJECT_ROOT, "notebooks")) || "."),
      defaultNotebooks: values.notebooks === undefined,
      out: values.out ?? (relative(Deno.cwd(), OUT_DIR) || "."),
      jobs,
      force: values.force ?? false,
    };
  } catch (error) {
    return { kind: "usage-error", message: describeParseError(error), usage: REPRODUCE_USAGE };
  }
}
