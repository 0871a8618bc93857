import type { ValueFormat } from "./format_value.ts";

/**
 * How a column of the toolkit's own tables is written: a format, or `"unit"` for a figure in the
 * row's `unit` (money as £, counts grouped; a plain number in a table without a `unit` column);
 * and whether it is a change, written with its sign (`+2.0%`).
 */
export interface ColumnFormat {
  /** The format, or `"unit"` to follow the row's `unit` column. */
  format: ValueFormat | "unit";
  /** Write a rise with a `+`. */
  signed: boolean;
  /** A difference of figures: in a percent unit, it is in percentage points. */
  delta: boolean;
}

interface Meaning {
  columns: readonly string[];
  format: ValueFormat | "unit";
  signed?: boolean;
  delta?: boolean;
  // The meaning holds only in a table that has this column as well.
  beside?: string;
}

// The columns of the datasets and of the analysis verbs' results, by what they hold. The first
// meaning that fits a column is taken. Columns not named here (line numbers, ages, years, a
// caller's own columns) are written as they are.
const MEANINGS: readonly Meaning[] = [
  // shareOf(): the computed share minus the stated one.
  { columns: ["difference"], beside: "stated_share", format: "points", signed: true, delta: true },
  // yoyChange(): change ÷ base × 100, and the compound annual growth rate.
  { columns: ["pct_change", "cagr"], format: "percent", signed: true },
  // breakdown(), budgetShares(), shareOf(), coverage(): parts of a whole, in percent.
  { columns: ["share", "share_known", "stated_share", "coverage"], format: "percent" },
  // yoyChange(), reconcile(), coverage(): one figure minus another, in the figures' unit.
  { columns: ["change", "difference"], format: "unit", signed: true, delta: true },
  // reconcile(): how far apart the sum and the statement may be.
  { columns: ["tolerance"], format: "unit", delta: true },
  // Figures in the row's unit: the datasets' value, and the verbs' sums, bases and totals.
  {
    columns: [
      "value",
      "base_value",
      "annual_value",
      "stated",
      "computed",
      "parts_total",
      "headline",
      "part",
      "whole",
      "total",
      "known_total",
    ],
    format: "unit",
  },
  // Numbers of rows, cells, periods or documents.
  {
    columns: [
      "count",
      "rows",
      "no_value",
      "parts",
      "stated_rows",
      "cells",
      "missing_cells",
      "gap_years",
      "gap_quarters",
      "sources",
    ],
    format: "count",
  },
];

/**
 * What a column of the toolkit's datasets and analysis results holds, so that `show()`, a
 * table's own display and charts write it by its meaning: `pct_change` and `cagr` as signed
 * percentages, `share` and `coverage` as percentages, `change` and `difference` as signed figures
 * in the row's unit (shareOf()'s `difference` in percentage points), `value`, `stated`,
 * `computed`, `base_value`… in the row's unit, `rows`, `parts`, `cells`… as counts. The one
 * table of column meanings.
 *
 * @param name The column's name.
 * @param columns All the table's column names (a meaning can depend on its neighbours).
 * @returns How to write the column, or null for a column written as it is.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { columnFormat } from "./mod.ts";
 * assert.deepEqual(columnFormat("pct_change", []), {
 *   format: "percent",
 *   signed: true,
 *   delta: false,
 * });
 * assert.equal(columnFormat("difference", ["share", "stated_share", "difference"])?.format, "points");
 * assert.equal(columnFormat("difference", ["stated", "computed", "difference"])?.format, "unit");
 * assert.equal(columnFormat("value", ["value", "unit"])?.format, "unit");
 * assert.equal(columnFormat("line", ["line"]), null);
 * ```
 */
export function columnFormat(name: string, columns: readonly string[]): ColumnFormat | null {
  const meaning = MEANINGS.find((m) =>
    m.columns.includes(name) && (m.beside === undefined || columns.includes(m.beside))
  );
  if (meaning === undefined) return null;
  return { format: meaning.format, signed: meaning.signed ?? false, delta: meaning.delta ?? false };
}
