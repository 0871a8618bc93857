import type { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import { FIGURE_OPTIONS, figureColumns, withUnit } from "./_figures.ts";
import type { FigureColumnOptions } from "./figure_options.ts";
import { describeValue } from "../format/describe_value.ts";
import {
  checkCall,
  column,
  columnList,
  disjoint,
  oneOf,
  optionalColumn,
} from "../format/options.ts";
import { type Comparison, type Normalised, yoyRows } from "./_yoy_rows.ts";

/** Options for {@linkcode yoyChange}. */
export interface YoyChangeOptions extends FigureColumnOptions {
  /** Compare annual figures (`"year"`, the default) or quarterly ones (`"quarter"`). */
  period?: "year" | "quarter";
  /**
   * For quarters: `"previous-year"` (the default) compares with the same quarter of the year
   * before; `"previous-period"` compares quarter on quarter. Years always compare with the year
   * before.
   */
  compare?: "previous-year" | "previous-period";
  /** Columns whose values make separate series, e.g. `["service", "measure"]`; default none. */
  by?: string[];
  /** The financial-year column; default `"financial_year"`. */
  year?: string;
  /**
   * The quarter column; default `"quarter"`. When the table has it, a row with a null quarter is
   * an annual figure (used by `period: "year"`) and one with a quarter is quarterly.
   */
  quarter?: string;
  /** Further columns to copy from each compared row (the earlier row's as `base_<name>`). */
  keep?: string[];
}

/**
 * A row of {@linkcode yoyChange}'s result under the default column names: the `by` and `keep`
 * columns (and `base_<keep>`) come with it, of their own types.
 */
export interface YoyChangeRow {
  /** The period's financial year. */
  financial_year: string;
  /** The period's quarter, for quarterly comparisons. */
  quarter?: string;
  /** The period's figure; null when the document gives none. */
  value: number | null;
  /** The year compared with; null for the first period. */
  base_financial_year: string | null;
  /** The quarter compared with, for quarterly comparisons. */
  base_quarter?: string | null;
  /** The figure compared with; null for the first period. */
  base_value: number | null;
  /** `value − base_value`; null when either is null. */
  change: number | null;
  /** `change ÷ base_value × 100`; null when not computable. */
  pct_change: number | null;
  /** The compound yearly rate between the two, in percent (not for quarter on quarter). */
  cagr?: number | null;
  /** Years missing between the two (not for quarter on quarter). */
  gap_years?: number | null;
  /** Quarters missing between the two (quarter on quarter only). */
  gap_quarters?: number | null;
  /** Whether either figure is approximate. */
  approximate: boolean;
  /** The figures' shared bound (`upper` for "up to"), `mixed`, or null. */
  bound: string | null;
  /** A gap or mixed bounds in words; else null. */
  note: string | null;
  /** Why `change` is null; else null. */
  missing_reason: string | null;
}

// The result's own columns, which "by" and "keep" may not reuse.
const OUTPUTS = [
  "change",
  "pct_change",
  "cagr",
  "gap_years",
  "gap_quarters",
  "approximate",
  "bound",
  "note",
  "missing_reason",
];
const OPTIONS = ["period", "compare", "by", "year", "quarter", "keep", ...FIGURE_OPTIONS];

/**
 * Compares each period's figure with an earlier one: year on year, the same quarter a year
 * before, or quarter on quarter; within each series of `by`.
 *
 * The result has one row per input period (in series order, then time) with the period's
 * columns and value, `base_<year>` (`base_<quarter>`) and `base_<value>` naming what it is
 * compared with, `change` (value − base), `pct_change` (change ÷ base × 100, in percent), `cagr`
 * (compound annual growth rate in percent over the years between the two; omitted for quarter on
 * quarter), `gap_years` (`gap_quarters`: periods missing between the two), `approximate` (either
 * figure approximate), `bound` (the figures' shared bound, or `"mixed"`), `note` (a gap such as
 * `"across a gap: 2023-24 missing"`, or bounds compared) and `missing_reason` (why change,
 * pct_change or cagr is null: the first period, a null value's own reason, a base of 0).
 *
 * A missing period is a gap, never a zero: the comparison reaches back to the latest earlier
 * period present. A row with a null value is a period present without a figure, so its changes
 * are null with its reason carried.
 *
 * @param table A tidy table: one row per series and period.
 * @param options What to compare and which columns to read.
 * @returns A new table of changes.
 * @throws {RangeError} For a bad option value, a missing column, a row whose year is empty or
 *   unreadable, or two rows for one period of one series (name the column that tells them apart
 *   in `by`).
 * @throws {TypeError} For a wrong shape: not a table, an unknown option, a non-numeric value.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { yoyChange } from "./mod.ts";
 *
 * const t = aq.table({ financial_year: ["2021-22", "2022-23", "2024-25"], value: [100, 100, 121] });
 * const r = yoyChange(t);
 * assert.deepEqual(r.array("change"), [null, 0, 21]);
 * assert.deepEqual(r.array("gap_years"), [null, 0, 1]);
 * assert.equal(r.get("note", 2), "across a gap: 2023-24 missing");
 * // (121 / 100) ** (1 / 2) − 1 = 1.1 − 1: 10% a year over the two years
 * assert.ok(Math.abs(r.get("cagr", 2)! - 10) < 1e-9);
 * ```
 */
export function yoyChange(
  table: aq.ColumnTable,
  options: YoyChangeOptions = {},
): TypedTable<YoyChangeRow & RowObject> {
  return yoyRows(table, normalise(table, options)) as TypedTable<YoyChangeRow & RowObject>;
}

function normalise(table: aq.ColumnTable, options: YoyChangeOptions): Normalised {
  const fn = "compute yoyChange()";
  checkCall(fn, table, options, { known: OPTIONS });
  const period = oneOf(fn, "period", options.period, ["year", "quarter"], "year");
  const compare = oneOf(
    fn,
    "compare",
    options.compare,
    ["previous-year", "previous-period"],
    "previous-year",
  );
  const quarter = period === "quarter"
    ? column(fn, table, "quarter", options.quarter, "quarter")
    : optionalColumn(fn, table, "quarter", options.quarter, "quarter");
  const keep = columnList(fn, table, "keep", options.keep);
  const year = column(fn, table, "year", options.year, "financial_year");
  const figures = figureColumns(fn, table, options);
  const by = withUnit(table, columnList(fn, table, "by", options.by), [...keep, figures.value]);
  const placedColumns = [year, ...(quarter === null ? [] : [quarter]), figures.value];
  disjoint(fn, { by, keep, "year, quarter and value": placedColumns });
  const clash = [...by, ...keep].find((n) => OUTPUTS.includes(n) || n.startsWith("base_"));
  if (clash !== undefined) {
    throw new RangeError(
      `Cannot ${fn}: the result has a column named ${describeValue(clash)} already ` +
        `(rename it first)`,
    );
  }
  const comparison: Comparison = period === "year"
    ? "year"
    : compare === "previous-year"
    ? "quarter-previous-year"
    : "quarter-previous-period";
  return { comparison, by, keep, year, quarter, figures };
}
