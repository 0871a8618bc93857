/**
 * The command lines of the CLIs: node:util's parseArgs, its errors in our own words, the usage
 * printed for `--help` and for a bad argument, and the `--jobs N` option that `deno task nb run`
 * and `deno task reproduce` share.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A sentence saying what is wrong with the arguments, naming the option or argument. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return `Unknown option "${/'([^']+)'/.exec(message)?.[1]}"`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return `Option "${/(--[\w-]+) <value>/.exec(message)?.[1]}" needs a value`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return `Unexpected argument "${
      /'([^']*)'/.exec(message)?.[1]
    }": this command takes options only`;
  }
  return message;
}

/**
 * Reads the CLI's arguments (`Deno.args`) with parseArgs and `read`: with `--help` it prints the
 * usage and exits 0; a bad argument, or any error `read` throws, is printed above the usage
 * (after `gap`) and the CLI exits 2, having done nothing.
 */
export function commandLine<const T extends ParseArgsConfig, R>(
  usage: string,
  config: T,
  read: (parsed: ReturnType<typeof parseArgs<T>>) => R,
  gap = "\n\n",
): R {
  try {
    const parsed = parseArgs({ args: Deno.args, ...config });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      Deno.exit(0);
    }
    return read(parsed as ReturnType<typeof parseArgs<T>>);
  } catch (error) {
    console.error(`${describeParseError(error)}${gap}${usage}`);
    Deno.exit(2);
  }
}

/** Runs a CLI's work; an error is printed (its message alone) and the CLI exits 1. */
export async function orExit1(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    Deno.exit(1);
  }
}

/**
 * Reads the value of `--jobs`: how many notebooks run at once.
 *
 * @throws {RangeError} When it is not a whole number of 1 or more; the message quotes it.
 */
export function parseJobs(text: string): number {
  const jobs = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(jobs) && jobs >= 1) return jobs;
  throw new RangeError(`Cannot parse --jobs "${text}": expected a whole number, 1 or more`);
}
