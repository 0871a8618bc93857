/**
 * The command line of `deno task nb`: parsing into a command, or the usage printed.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { DEFAULT_JOBS, type RunNotebooksOptions } from "../notebook/run_notebooks.ts";
import { commandLine, parseJobs } from "./_args.ts";
import { DEFAULT_TIMEOUT, PARAMS_USAGE, RUN_USAGE, TOP_USAGE } from "./_nb_usage.ts";

/** `nb run`, its options checked: `runNotebooks()`'s, each given (`outDir` null with --check). */
export interface RunCommand extends
  Required<
    Pick<
      RunNotebooksOptions,
      "outDir" | "inPlace" | "params" | "timeout" | "jobs" | "failFast" | "check"
    >
  > {
  kind: "run";
  paths: string[];
  /** Run every notebook, even one whose stored outputs are up to date. */
  force: boolean;
}

/** What the command line asks for. */
export type NbCommand = RunCommand | { kind: "params"; paths: string[] };

/**
 * Reads `deno task nb`'s arguments; prints the usage and exits for `--help` (0) and for bad
 * arguments (2, with what is wrong).
 */
export function parseNbArgs(args: readonly string[], defaultOutDir: string): NbCommand {
  const [name, ...rest] = args;
  const config = { args: rest, allowPositionals: true, strict: true } as const;
  if (name === "run") {
    return commandLine(RUN_USAGE, { ...config, options: RUN_OPTIONS }, (parsed) => {
      if (parsed.positionals.length === 0) {
        throw new TypeError("Missing NOTEBOOK: give at least one");
      }
      return readRun(parsed.values, parsed.positionals, defaultOutDir);
    });
  }
  if (name === "params") {
    const options = { help: { type: "boolean", short: "h" } } as const;
    return commandLine(PARAMS_USAGE, { ...config, options }, ({ positionals }) => {
      if (positionals.length === 0) throw new TypeError("Missing NOTEBOOK: give at least one");
      return { kind: "params", paths: positionals };
    });
  }
  if (name === "--help" || name === "-h" || name === "help") {
    console.log(TOP_USAGE);
    Deno.exit(0);
  }
  const wrong = name === undefined ? "Missing command" : `Unknown command "${name}"`;
  console.error(`${wrong}: expected run or params\n\n${TOP_USAGE}`);
  Deno.exit(2);
}

const RUN_OPTIONS = {
  out: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  param: { type: "string", short: "p", multiple: true },
  timeout: { type: "string", short: "t" },
  jobs: { type: "string", short: "j" },
  "fail-fast": { type: "boolean" },
  check: { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function readRun(
  values: ReturnType<typeof parseArgs<{ options: typeof RUN_OPTIONS }>>["values"],
  paths: string[],
  defaultOutDir: string,
): RunCommand {
  const inPlace = values["in-place"] ?? false;
  const check = values.check ?? false;
  if (inPlace && values.out !== undefined) {
    throw new TypeError("Cannot use --in-place with --out: write in place or to a folder");
  }
  if (inPlace && check) {
    throw new TypeError("Cannot use --in-place with --check: --check compares, it does not write");
  }
  const force = values.force ?? false;
  if (force && check) {
    throw new TypeError("Cannot use --force with --check: --check always runs, it never reuses");
  }
  return {
    kind: "run",
    paths,
    outDir: inPlace ? null : values.out ?? (check ? null : defaultOutDir),
    inPlace,
    params: parseParamValues(values.param ?? []),
    timeout: values.timeout === undefined ? DEFAULT_TIMEOUT : parseTimeout(values.timeout),
    jobs: values.jobs === undefined ? DEFAULT_JOBS : parseJobs(values.jobs),
    failFast: values["fail-fast"] ?? false,
    check,
    force,
  };
}

/** `NAME=VALUE` pairs; the value may hold `=`, and a later value for a name wins (papermill). */
function parseParamValues(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at === -1) throw new SyntaxError(`Cannot parse --param "${pair}": expected NAME=VALUE`);
    const name = pair.slice(0, at);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
      throw new SyntaxError(`Cannot parse --param "${pair}": "${name}" is not a variable name`);
    }
    params[name] = pair.slice(at + 1);
  }
  return params;
}

function parseTimeout(text: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isFinite(seconds) && seconds > 0) return seconds;
  throw new RangeError(`Cannot parse --timeout "${text}": expected a number of seconds above 0`);
}
