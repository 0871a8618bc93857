import type { ColumnTable } from "../data/arquero.ts";
import { checkTable as requireTable } from "../format/check_table.ts";
import { describeValue } from "../format/describe_value.ts";
import { column as columnName, oneOf } from "../format/options.ts";
import { columnFormat } from "../format/column_format.ts";
import { unitFormat } from "../format/format_unit.ts";
import { VALUE_FORMATS, type ValueFormat } from "../format/format_value.ts";
import type { XYChartOptions } from "./figure.ts";
import { defaultValueTitle, humanise } from "./_layout.ts";

// Reading chart inputs from an Arquero table. Every check names the chart, the option or column
// and the bad value, so a notebook author can see what to change.

export type Category = string | number;

export function checkTable(table: unknown, what: string): asserts table is ColumnTable {
  requireTable(table, `build ${what}`);
  if (table.numRows() === 0) throw new RangeError(`Cannot build ${what}: the table has no rows`);
}

function column(table: ColumnTable, option: string, name: unknown, what: string): unknown[] {
  columnName(`build ${what}`, table, option, name ?? null, "");
  return Array.from(table.array(name as string) as ArrayLike<unknown>);
}

export function categories(table: ColumnTable, option: string, name: unknown, what: string) {
  return column(table, option, name, what).map((value, row): Category => {
    if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) {
      return value;
    }
    const role = table.columnNames().includes("role") ? ` (role "${table.get("role", row)}")` : "";
    throw new TypeError(
      `Cannot build ${what}: column "${name}" holds ${
        describeValue(value)
      } at row index ${row}${role}` +
        `; a category must be text or a number (filter such rows out first)`,
    );
  });
}

export function numbers(table: ColumnTable, option: string, name: unknown, what: string) {
  return column(table, option, name, what).map((value, row): number | null => {
    if (value === null || (typeof value === "number" && Number.isFinite(value))) return value;
    throw new TypeError(
      `Cannot build ${what}: column "${name}" holds ${describeValue(value)} at row index ${row}, ` +
        `not a number or null`,
    );
  });
}

// The value column's meaning (lib/format's one table: `share`, `pct_change` are percentages)
// or else a "unit" column decides the format unless the caller chose one; mixing units is
// refused because one axis cannot show pounds and counts at once.
export function chooseFormat(
  table: ColumnTable,
  chosen: unknown,
  what: string,
  value: string,
): ValueFormat {
  if (chosen !== undefined) {
    return oneOf(`build ${what}`, "format", chosen, VALUE_FORMATS, "number");
  }
  const meaning = columnFormat(value, table.columnNames());
  if (meaning !== null && meaning.format !== "unit") return meaning.format;
  if (!table.columnNames().includes("unit")) return "number";
  const units = [...new Set(Array.from(table.array("unit") as ArrayLike<unknown>))];
  if (units.length > 1) {
    throw new RangeError(
      `Cannot build ${what}: column "unit" mixes ${units.map(describeValue).join(" and ")}; ` +
        `chart one unit at a time`,
    );
  }
  const format = unitFormat(units[0]);
  return format === "percent" && meaning?.delta ? "points" : format;
}

// The axis titles and the chart's title of a chart with a category and a value axis: a chart
// always has a title, the caller's or what it shows by what.
export function titles(options: XYChartOptions, format: ValueFormat, y: string) {
  const xTitle = options.xTitle ?? humanise(options.x);
  const yTitle = options.yTitle ?? defaultValueTitle(format, y);
  return { xTitle, yTitle, title: options.title ?? `${yTitle} by ${xTitle.toLowerCase()}` };
}
