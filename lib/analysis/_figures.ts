// Private to lib/analysis: the columns every figure dataset shares (value, approximate, bound,
// missing_reason), located by option with our datasets' names as defaults, and copied into
// internal columns (__v, __a, __b, __r) so verb expressions stay fixed whatever the user's names.
import type { aq } from "../data/arquero.ts";
import type { CountColumnOptions, FigureColumnOptions } from "./figure_options.ts";
import { describeValue } from "../format/describe_value.ts";
import { column, optionalColumn } from "../format/options.ts";
import { columnValues, type FigureSources } from "./_group_rows.ts";

/** The located figure columns (null when the table has none). */
export interface FigureColumns {
  value: string;
  approximate: string | null;
  bound: string | null;
  missingReason: string | null;
}

/** The option names of {@linkcode FigureColumnOptions}, for `checkOptions`. */
export const FIGURE_OPTIONS = ["value", "approximate", "bound", "missingReason"] as const;

/** The option names of {@linkcode CountColumnOptions}, for `checkOptions`. */
export const COUNT_OPTIONS = ["value", "approximate", "missingReason"] as const;

/** Finds the figure columns and checks the values are numbers or null, never NaN. */
export function figureColumns(
  fn: string,
  table: aq.ColumnTable,
  options: FigureColumnOptions,
  valueOption = "value",
): FigureColumns {
  const value = column(fn, table, valueOption, options.value, "value");
  checkNumbers(fn, table, value);
  return {
    value,
    approximate: optionalColumn(fn, table, "approximate", options.approximate, "approximate"),
    bound: optionalColumn(fn, table, "bound", options.bound, "bound"),
    missingReason: optionalColumn(
      fn,
      table,
      "missingReason",
      options.missingReason,
      "missing_reason",
    ),
  };
}

function checkNumbers(fn: string, table: aq.ColumnTable, name: string): void {
  const values = columnValues(table, name);
  const rows = table.indices();
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    if (typeof v === "number" && v === v) continue;
    if (v === null || v === undefined) continue;
    if (typeof v !== "number") {
      throw new TypeError(
        `Cannot ${fn}: column ${describeValue(name)} must hold numbers or null, got ${
          describeValue(v)
        } at row index ${i}`,
      );
    }
    throw new RangeError(
      `Cannot ${fn}: NaN in column ${describeValue(name)} at row index ${i}: ` +
        `write a missing value as null with a reason`,
    );
  }
}

/**
 * Copies the figure columns to __v, __a (false when absent), __b and __r (null when absent),
 * keeping the named extra columns under their own names.
 */
export function internalFigures(
  table: aq.ColumnTable,
  figures: FigureColumns,
  keep: readonly string[],
): aq.ColumnTable {
  const names: Record<string, string> = {};
  for (const name of keep) names[name] = name;
  names[figures.value] = "__v";
  if (figures.approximate !== null) names[figures.approximate] = "__a";
  if (figures.bound !== null) names[figures.bound] = "__b";
  if (figures.missingReason !== null) names[figures.missingReason] = "__r";
  // A column named both as a figure and as a kept column is copied, not moved.
  const copies: Record<string, string> = {};
  for (const name of keep) {
    if (names[name] !== name) copies[name] = `d => d[${JSON.stringify(names[name])}]`;
  }
  let out = table.select(names);
  if (Object.keys(copies).length > 0) out = out.derive(copies);
  const defaults: Record<string, string> = {};
  if (figures.approximate === null) defaults.__a = "() => false";
  if (figures.bound === null) defaults.__b = "() => null";
  if (figures.missingReason === null) defaults.__r = "() => null";
  return Object.keys(defaults).length > 0 ? out.derive(defaults) : out;
}

/** A table of counts, or of records counted one per row (`value: null`), ready for verbs. */
export interface Counted {
  figures: FigureColumns;
  countRows: boolean;
  /** The output name of the count: the value column's, or `count`. */
  countName: string;
}

/** Locates the count columns; `value: null` counts rows. */
export function countColumns(
  fn: string,
  table: aq.ColumnTable,
  options: CountColumnOptions,
): Counted {
  if (options.value !== null) {
    const figures = figureColumns(fn, table, { ...options, value: options.value });
    return { figures, countRows: false, countName: figures.value };
  }
  const approximate = optionalColumn(fn, table, "approximate", options.approximate, "approximate");
  return {
    figures: { value: "__count", approximate, bound: null, missingReason: null },
    countRows: true,
    countName: "count",
  };
}

/** The columns the fast rollup reads for a count (`value: null` when counting rows). */
export function countSources(counted: Counted): FigureSources {
  const f = counted.figures;
  return {
    value: counted.countRows ? null : f.value,
    approximate: f.approximate,
    missingReason: f.missingReason,
  };
}

/**
 * The grouping columns with the table's `unit` column added when it has one: a figure's unit
 * belongs to its group, so a result keeps it (its values and changes are then written as pounds
 * or counts) and figures in different units never meet in one sum or comparison. `taken` are
 * columns already placed elsewhere in the result.
 */
export function withUnit(table: aq.ColumnTable, by: string[], taken: string[] = []): string[] {
  const unit = "unit";
  const has = table.columnNames().includes(unit);
  return has && !by.includes(unit) && !taken.includes(unit) ? [...by, unit] : by;
}
