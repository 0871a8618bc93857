import type { NotebookParameter } from "./list_parameters.ts";

/**
 * Reads a command-line value for a parameter as the type of the parameter's default: a number
 * default wants a finite number, a boolean `true` or `false`, a string takes the text as it is,
 * an array or object default wants JSON of that shape, and a null default takes JSON when the
 * text is JSON and the text itself otherwise.
 *
 * @param parameter The declared parameter.
 * @param text The value as given on the command line.
 * @returns The typed value.
 * @throws {TypeError} When the text does not fit the default's type; the message names the
 * parameter, the value and the type wanted.
 * @throws {SyntaxError} When an array or object parameter's text is not JSON.
 */
export function coerceParameter(parameter: NotebookParameter, text: string): unknown {
  const fail = (wanted: string): never => {
    throw new TypeError(
      `Cannot set parameter "${parameter.name}" to "${text}": expected ${wanted} ` +
        `like its default ${JSON.stringify(parameter.default)}`,
    );
  };
  switch (parameter.type) {
    case "string":
      return text;
    case "number": {
      const value = text.trim() === "" ? NaN : Number(text);
      return Number.isFinite(value) ? value : fail("a finite number");
    }
    case "boolean":
      return text === "true" ? true : text === "false" ? false : fail('"true" or "false"');
    case "null":
      return parseJsonOr(text, () => text);
    case "array":
    case "object": {
      const value = parseJsonOr(text, () => {
        throw new SyntaxError(
          `Cannot set parameter "${parameter.name}" to "${text}": the value is not JSON`,
        );
      });
      const isArray = Array.isArray(value);
      const fits = parameter.type === "array"
        ? isArray
        : typeof value === "object" && value !== null && !isArray;
      return fits ? value : fail(parameter.type === "array" ? "a JSON array" : "a JSON object");
    }
  }
}

function parseJsonOr(text: string, otherwise: () => unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return otherwise();
  }
}
