/**
 * The toolkit's one door for options, as Observable Plot's `options.js` serves every mark: the
 * analysis verbs, the chart builders and the display helpers read their options through these
 * functions, so every bad option fails the same way, in one voice: `Cannot <action>: option
 * "<name>" must be …, got <value>`, the value quoted by {@linkcode describeValue}. The action
 * names what failed as its caller words it (`compute yoyChange()`, `build bar chart`,
 * `show table`); the table itself is checked by `checkTable()`.
 *
 * These are the toolkit's own helpers, not the analyst's API (lib/format/mod.ts does not export
 * them); each takes the action first and the option's name and value after it, so a call site
 * reads as one line per option.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { column, oneOf } from "./options.ts";
 *
 * const t = aq.table({ financial_year: ["2021-22"], value: [561813] });
 * assert.equal(column("compute yoyChange()", t, "year", undefined, "financial_year"), "financial_year");
 * assert.throws(() => oneOf("compute yoyChange()", "period", "annual", ["year", "quarter"], "year"), {
 *   name: "RangeError",
 *   message: 'Cannot compute yoyChange(): option "period" must be "year" or "quarter", got "annual"',
 * });
 * ```
 *
 * @module
 */
import type { arquero } from "../deps.ts";
import { describeValue } from "./describe_value.ts";
import { checkTable } from "./check_table.ts";

type Table = arquero.ColumnTable;

/** Words joined as in a sentence: `a`, `a and b`, `a, b and c` (or `or`). */
export function listInWords(words: readonly string[], last: "or" | "and" = "and"): string {
  return words.length < 2
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}

/** Lists values as `"a", "b" or "c"` (or `and`), each quoted by `describeValue()`. */
export function choices(values: readonly unknown[], last: "or" | "and" = "or"): string {
  return listInWords(values.map(describeValue), last);
}

/** Checks the options are an object whose keys are all known (a typo is caught, not ignored). */
export function checkOptions(action: string, options: unknown, known: readonly string[]): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(
      `Cannot ${action}: expected an options object, got ${describeValue(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `Cannot ${action}: there is no option ${describeValue(key)} (the options are ` +
          `${choices(known)})`,
      );
    }
  }
}

/**
 * Checks a call at its door: the table (`checkTable()`), the options object and its keys, and
 * that each required option is given (`required` maps it to what to give, for the message).
 */
export function checkCall(
  action: string,
  table: unknown,
  options: unknown,
  known: { known: readonly string[]; required?: Record<string, string> },
): asserts table is Table {
  checkTable(table, action);
  checkOptions(action, options, known.known);
  for (const [option, hint] of Object.entries(known.required ?? {})) {
    requireOption(action, option, (options as Record<string, unknown>)[option] !== undefined, hint);
  }
}

/** Fails when a required option is not given (`given` false), saying what to give. */
export function requireOption(action: string, option: string, given: boolean, hint: string) {
  if (!given) throw new TypeError(`Cannot ${action}: option "${option}" is required: ${hint}`);
}

/**
 * A string option: `value` itself, or `fallback` when given and `value` is undefined or null (as
 * the other options fall back); without a fallback only undefined means not given.
 */
export function stringOption(action: string, option: string, value: unknown): string | undefined;
export function stringOption(
  action: string,
  option: string,
  value: unknown,
  fallback: string,
): string;
export function stringOption(
  action: string,
  option: string,
  value: unknown,
  fallback?: string,
): string | undefined {
  const text = fallback === undefined ? value : value ?? fallback;
  if (text !== undefined && typeof text !== "string") {
    throw new TypeError(
      `Cannot ${action}: option "${option}" must be a string, got ${describeValue(text)}`,
    );
  }
  return text;
}

/** One of a fixed set of values, or the fallback when not given. */
export function oneOf<const T>(
  action: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new RangeError(
      `Cannot ${action}: option "${option}" must be ${choices(allowed)}, got ${
        describeValue(value)
      }`,
    );
  }
  return value as T;
}

/** A number at least `min` (a whole number when `integer`), or the fallback when not given. */
export function numberAtLeast(
  action: string,
  option: string,
  value: unknown,
  fallback: number,
  limits: { min: number; integer?: boolean },
): number {
  const n = value ?? fallback;
  const whole = limits.integer === true;
  if (typeof n !== "number" || !Number.isFinite(n) || n < limits.min || (whole && n % 1 !== 0)) {
    throw new RangeError(
      `Cannot ${action}: option "${option}" must be a ${whole ? "whole " : ""}number of at ` +
        `least ${limits.min}, got ${describeValue(n)}`,
    );
  }
  return n;
}

/** A column the table must have: the option's value, or `fallback` when not given. */
export function column(
  action: string,
  table: Table,
  option: string,
  value: unknown,
  fallback: string,
): string {
  const name = value ?? fallback;
  if (typeof name !== "string") {
    throw new TypeError(
      `Cannot ${action}: option "${option}" must be a column name, got ${describeValue(name)}`,
    );
  }
  if (!table.columnNames().includes(name)) {
    throw new RangeError(
      `Cannot ${action}: option "${option}" names column ${describeValue(name)}, which the ` +
        `table does not have (its columns are ${choices(table.columnNames(), "and")})`,
    );
  }
  return name;
}

/** A column used when present: a default name that is absent gives null; a given one must exist. */
export function optionalColumn(
  action: string,
  table: Table,
  option: string,
  value: unknown,
  fallback: string,
): string | null {
  if (value === undefined && !table.columnNames().includes(fallback)) return null;
  return column(action, table, option, value, fallback);
}

/** A list of columns the table must have, with no repeats; `fallback` when not given. */
export function columnList(
  action: string,
  table: Table,
  option: string,
  value: unknown,
  fallback: readonly string[] = [],
): string[] {
  const names = value ?? fallback;
  if (!Array.isArray(names)) {
    throw new TypeError(
      `Cannot ${action}: option "${option}" must be a list of column names, got ` +
        describeValue(names),
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    column(action, table, option, name, "");
    if (seen.has(name)) {
      throw new RangeError(
        `Cannot ${action}: option "${option}" names column ${describeValue(name)} twice`,
      );
    }
    seen.add(name);
  }
  return [...names];
}

/** A list of strings, e.g. category labels; `fallback` when not given. */
export function stringList(
  action: string,
  option: string,
  value: unknown,
  fallback: readonly string[],
): string[] {
  const list = value ?? fallback;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
    throw new TypeError(
      `Cannot ${action}: option "${option}" must be a list of strings, got ${describeValue(list)}`,
    );
  }
  return [...list];
}

/** Fails when two option lists share a column, which would make an output column twice. */
export function disjoint(action: string, lists: Record<string, readonly string[]>): void {
  const owner = new Map<string, string>();
  for (const [option, names] of Object.entries(lists)) {
    for (const name of names) {
      const other = owner.get(name);
      if (other !== undefined) {
        throw new RangeError(
          `Cannot ${action}: options "${other}" and "${option}" both name column ` +
            describeValue(name),
        );
      }
      owner.set(name, option);
    }
  }
}
