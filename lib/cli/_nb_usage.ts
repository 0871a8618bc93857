/**
 * The help texts of `deno task nb`.
 *
 * @module
 */
import { DEFAULT_JOBS } from "../notebook/run_notebooks.ts";

/** Seconds a cell may run when `--timeout` is not given. */
export const DEFAULT_TIMEOUT = 600;

/** `deno task nb --help`. */
export const TOP_USAGE = `Usage: deno task nb <command> [options]

Runs analysis notebooks headless on the Deno Jupyter kernel, papermill-style.

Commands:
  run NOTEBOOK...      Execute notebooks and write the executed copies
  params NOTEBOOK...   List a notebook's parameters with their types and defaults

A folder given as NOTEBOOK stands for the .ipynb files in it.
Run "deno task nb <command> --help" for a command's options.`;

/** `deno task nb run --help`. */
export const RUN_USAGE = `Usage: deno task nb run NOTEBOOK... [options]

Executes each notebook on a fresh Deno kernel started in the notebook's folder and writes the
executed copy (same file name). A folder stands for the .ipynb files in it.

Options:
  -o, --out DIR           Write executed copies to DIR (default out/notebooks; none with --check)
      --in-place          Write each executed notebook over its source, only if it ran without error
  -p, --param NAME=VALUE  Set a parameter declared in the cell tagged "parameters" (repeatable);
                          the value is read as the type of its default (see: deno task nb params)
  -t, --timeout SECONDS   Per-cell limit: the cell is interrupted, then its kernel killed
                          (default ${DEFAULT_TIMEOUT})
  -j, --jobs N            Notebooks run at once, each in its own kernel (default ${DEFAULT_JOBS}: the
                          number of CPUs, at most 8)
      --fail-fast         Stop the other notebooks after the first one that does not end ok
      --check             Re-execute and compare the outputs with those stored in the notebook,
                          except what the notebook declares volatile; print the differences
                          (never uses the execution cache)
      --force             Run every notebook, even one whose outputs are up to date

A notebook whose code, parameters, imported modules, files read, deno.json, deno.lock and Deno
version are all as when it last ran without error is not run again: its outputs are reused (the
cache is in .cache/notebooks/). Each notebook's line says whether it ran and why.
  -h, --help              Show this help

Exit status: 0 when every notebook ran without error (and, with --check, its outputs matched),
1 otherwise, 2 for bad arguments.

Examples:
  deno task nb run notebooks/
  deno task nb run notebooks/funding.ipynb --param year=2024 --out /tmp/runs
  deno task nb run notebooks/ --check
  deno task nb run notebooks/funding.ipynb --in-place`;

/** `deno task nb params --help`. */
export const PARAMS_USAGE = `Usage: deno task nb params NOTEBOOK...

Lists the parameters each notebook declares in its code cell tagged "parameters": name, type
and default. Set them with: deno task nb run NOTEBOOK --param NAME=VALUE

Options:
  -h, --help   Show this help`;
