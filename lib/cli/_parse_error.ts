/**
 * `node:util` parseArgs errors in our own words, for the usage errors of the CLIs.
 *
 * @module
 */

/** A sentence saying what is wrong with the arguments, naming the option or argument. */
export function describeParseError(error: unknown): string {
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
