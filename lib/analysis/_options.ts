// Private to lib/analysis: options are normalised at the door, and every error names the
// function, the option and the bad value, so a notebook user sees what to change.
import { aq } from "../data/arquero.ts";
import { describeValue, isPromise } from "../format/describe_value.ts";

/** Quotes a value the way error messages show it: strings in double quotes. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value) || (value !== null && typeof value === "object")) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Lists values as `"a", "b" or "c"` (or `and`). */
export function choices(values: readonly unknown[], last: "or" | "and" = "or"): string {
  const shown = values.map(show);
  return shown.length < 2
    ? shown.join("")
    : `${shown.slice(0, -1).join(", ")} ${last} ${shown[shown.length - 1]}`;
}

/** Checks the first argument is an Arquero table; a Promise is asked whether `await` was forgotten. */
export function assertTable(fn: string, table: unknown, what = "its first argument"): void {
  if (!(table instanceof aq.ColumnTable)) {
    const got = isPromise(table) ? describeValue(table) : show(table);
    throw new TypeError(`${fn}() expects an Arquero table as ${what}, got ${got}`);
  }
}

/** Checks the options are an object whose keys are all known (a typo is caught, not ignored). */
export function checkOptions(fn: string, options: unknown, known: readonly string[]): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${fn}() expects an options object, got ${show(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(`${fn}() has no option ${show(key)} (its options are ${choices(known)})`);
    }
  }
}

/** Fails when a required option is not given (`given` false), saying what to give. */
export function requireOption(fn: string, option: string, given: boolean, hint: string): void {
  if (!given) throw new TypeError(`${fn}() option "${option}" is required: ${hint}`);
}

/**
 * A string option: `value` itself, or `fallback` when given and `value` is undefined or null (as
 * the other options fall back); without a fallback only undefined means not given.
 */
export function stringOption(fn: string, option: string, value: unknown): string | undefined;
export function stringOption(fn: string, option: string, value: unknown, fallback: string): string;
export function stringOption(
  fn: string,
  option: string,
  value: unknown,
  fallback?: string,
): string | undefined {
  const text = fallback === undefined ? value : value ?? fallback;
  if (text !== undefined && typeof text !== "string") {
    throw new TypeError(`${fn}() option "${option}" must be a string, got ${show(text)}`);
  }
  return text;
}

/** One of a fixed set of strings, or the default when not given. */
export function oneOf<T extends string>(
  fn: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new RangeError(
      `${fn}() option "${option}" must be ${choices(allowed)}, got ${show(value)}`,
    );
  }
  return value as T;
}

/** A column the table must have. */
export function column(
  fn: string,
  table: aq.ColumnTable,
  option: string,
  value: unknown,
  fallback: string,
): string {
  const name = value ?? fallback;
  if (typeof name !== "string") {
    throw new TypeError(`${fn}() option "${option}" must be a column name, got ${show(name)}`);
  }
  if (!table.columnNames().includes(name)) {
    throw new RangeError(
      `${fn}() option "${option}" names column ${show(name)}, which the table does not have ` +
        `(its columns are ${choices(table.columnNames())})`,
    );
  }
  return name;
}

/** A column used when present: a default name that is absent gives null; a given one must exist. */
export function optionalColumn(
  fn: string,
  table: aq.ColumnTable,
  option: string,
  value: unknown,
  fallback: string,
): string | null {
  if (value === undefined && !table.columnNames().includes(fallback)) return null;
  return column(fn, table, option, value, fallback);
}

/** A required list of column names: `requireOption()`'s message with a hint, then `columnList()`. */
export function requiredColumns(
  fn: string,
  table: aq.ColumnTable,
  option: string,
  value: unknown,
  hint: string,
): string[] {
  requireOption(fn, option, value !== undefined, hint);
  return columnList(fn, table, option, value);
}

/** A list of columns the table must have, with no repeats. */
export function columnList(
  fn: string,
  table: aq.ColumnTable,
  option: string,
  value: unknown,
  fallback: readonly string[] = [],
): string[] {
  const names = value ?? fallback;
  if (!Array.isArray(names)) {
    throw new TypeError(
      `${fn}() option "${option}" must be a list of column names, got ${show(names)}`,
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    column(fn, table, option, name, "");
    if (seen.has(name)) {
      throw new RangeError(`${fn}() option "${option}" names column ${show(name)} twice`);
    }
    seen.add(name);
  }
  return [...names];
}

/** A list of strings, e.g. category labels. */
export function stringList(
  fn: string,
  option: string,
  value: unknown,
  fallback: readonly string[],
): string[] {
  const list = value ?? fallback;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
    throw new TypeError(`${fn}() option "${option}" must be a list of strings, got ${show(list)}`);
  }
  return [...list];
}

/** A finite number at least `min`. */
export function numberAtLeast(
  fn: string,
  option: string,
  value: unknown,
  fallback: number,
  min: number,
): number {
  const n = value ?? fallback;
  if (typeof n !== "number" || !Number.isFinite(n) || n < min) {
    throw new RangeError(
      `${fn}() option "${option}" must be a number of at least ${min}, got ${show(n)}`,
    );
  }
  return n;
}

/** Fails when two option lists share a column, which would make an output column twice. */
export function disjoint(fn: string, lists: Record<string, readonly string[]>): void {
  const owner = new Map<string, string>();
  for (const [option, names] of Object.entries(lists)) {
    for (const name of names) {
      const other = owner.get(name);
      if (other !== undefined) {
        throw new RangeError(
          `${fn}() options "${other}" and "${option}" both name column ${show(name)}`,
        );
      }
      owner.set(name, option);
    }
  }
}
