/**
 * The command line of `deno task nb`: usage texts, and parsing into a command or a usage error
 * (which the CLI prints with the usage, exiting 2).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { DEFAULT_JOBS } from "../notebook/run_notebooks.ts";
import { describeParseError } from "./_parse_error.ts";
import { parseJobs } from "./_parse_jobs.ts";
import { DEFAULT_TIMEOUT, PARAMS_USAGE, RUN_USAGE, TOP_USAGE } from "./_nb_usage.ts";

/** `nb run`, its options checked. */
export interface RunCommand {
  kind: "run";
  paths: string[];
  /** Null: write no copies (the default with --check). */
  outDir: string | null;
  inPlace: boolean;
  params: Record<string, string>;
  timeout: number;
  jobs: number;
  failFast: boolean;
  check: boolean;
  /** Run every notebook, even one whose stored outputs are up to date. */
  force: boolean;
}

/** What the command line asks for. */
export type NbCommand =
  | { kind: "help"; text: string }
  | { kind: "usage-error"; message: string; usage: string }
  | RunCommand
  | { kind: "params"; paths: string[] };

/** Parses `deno task nb`'s arguments. */
export function parseNbArgs(args: readonly string[], defaultOutDir: string): NbCommand {
  const [name, ...rest] = args;
  if (name === undefined) return usageError("Missing command: expected run or params", TOP_USAGE);
  if (name === "--help" || name === "-h" || name === "help") {
    return { kind: "help", text: TOP_USAGE };
  }
  if (name === "run") return guard(RUN_USAGE, () => parseRun(rest, defaultOutDir));
  if (name === "params") return guard(PARAMS_USAGE, () => parseParams(rest));
  return usageError(`Unknown command "${name}": expected run or params`, TOP_USAGE);
}

function usageError(message: string, usage: string): NbCommand {
  return { kind: "usage-error", message, usage };
}

/** Turns a bad argument (any error thrown while parsing) into a usage error. */
function guard(usage: string, parse: () => NbCommand): NbCommand {
  try {
    return parse();
  } catch (error) {
    return usageError(describeParseError(error), usage);
  }
}

function parseParams(args: string[]): NbCommand {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { kind: "help", text: PARAMS_USAGE };
  if (positionals.length === 0) throw new TypeError("Missing NOTEBOOK: give at least one");
  return { kind: "params", paths: positionals };
}

function parseRun(args: string[], defaultOutDir: string): NbCommand {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: "string", short: "o" },
      "in-place": { type: "boolean" },
      param: { type: "string", short: "p", multiple: true },
      timeout: { type: "string", short: "t" },
      jobs: { type: "string", short: "j" },
      "fail-fast": { type: "boolean" },
      check: { type: "boolean" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { kind: "help", text: RUN_USAGE };
  if (positionals.length === 0) throw new TypeError("Missing NOTEBOOK: give at least one");
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
    paths: positionals,
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
