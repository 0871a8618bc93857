import type { NotebookParameter } from "./list_parameters.ts";

/**
 * Reads a command-line value for a parameter as the type of the parameter's default: a number
 * default wants a finite decimal number (`16`, `-2.5`, `1e3`; not `0x10`, `0b1`, `Infinity` or
 * blank, which `Number()` would read), a boolean `true` or `false`, a string takes the text as it
 * is, an array or object default wants JSON of that shape, and a null default takes JSON when the
 * text is JSON and the text itself otherwise. JSON with a `"__proto__"` key is refused: the
 * injected cell writes the value as an object literal, where that key sets the object's
 * prototype instead of a property.
 *
 * @param parameter The declared parameter.
 * @param text The value as given on the command line.
 * @returns The typed value.
 * @throws {TypeError} When the text does not fit the default's type (the message names the
 * parameter, the value and the type wanted), or its JSON has a `"__proto__"` key.
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
      const value = DECIMAL.test(text) ? Number(text) : NaN;
      return Number.isFinite(value) ? value : fail("a finite decimal number");
    }
    case "boolean":
      return text === "true" ? true : text === "false" ? false : fail('"true" or "false"');
    case "null":
      return noProtoKey(parameter, text, parseJsonOr(text, () => text));
    case "array":
    case "object": {
      const value = parseJsonOr(text, () => {
        throw new SyntaxError(
          `Cannot set parameter "${parameter.name}" to "${text}": the value is not JSON`,
        );
      });
      noProtoKey(parameter, text, value);
      const isArray = Array.isArray(value);
      const fits = parameter.type === "array"
        ? isArray
        : typeof value === "object" && value !== null && !isArray;
      return fits ? value : fail(parameter.type === "array" ? "a JSON array" : "a JSON object");
    }
  }
}

/** A decimal number as JSON and people write it, with an optional sign and exponent. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Refuses JSON holding a `"__proto__"` key at any depth; returns the value otherwise. */
function noProtoKey(parameter: NotebookParameter, text: string, value: unknown): unknown {
  const pending = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== "object" || item === null) continue;
    if (Object.hasOwn(item, "__proto__")) {
      throw new TypeError(
        `Cannot set parameter "${parameter.name}" to "${text}": the key "__proto__" would set ` +
          "an object's prototype, not a property",
      );
    }
    pending.push(...Object.values(item));
  }
  return value;
}

function parseJsonOr(text: string, otherwise: () => unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return otherwise();
  }
}
