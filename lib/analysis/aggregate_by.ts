import type { CountColumnOptions } from "./figure_options.ts";
import { aq } from "../data/arquero.ts";
import { COUNT_OPTIONS, countColumns, countSources, withUnit } from "./_figures.ts";
import { figureTotals, flags, groupRows, reasons, sums } from "./_group_rows.ts";
import { describeValue } from "../format/describe_value.ts";
import { checkCall, columnList, disjoint } from "../format/options.ts";

/** Options for {@linkcode aggregateBy}. */
export interface AggregateByOptions extends CountColumnOptions {
  /** The columns whose values make the groups, e.g. `["service", "financial_year"]` (required). */
  by: string[];
}

const OPTIONS = ["by", ...COUNT_OPTIONS];
const OUTPUTS = ["rows", "no_value", "approximate", "missing_reason"];

/**
 * Adds up a value and counts rows per group: the step from case-level rows (one per referral) to
 * the per-period, per-service figures the other verbs compare, built to run over millions of rows.
 *
 * The result has one row per group, in order of first appearance: the `by` columns, the value
 * column (named as in the input; the group's non-null values added up, null when it has none),
 * `rows` (every row, with or without a value), `no_value` (rows whose value is null: left out
 * of the sum, never added as 0), `approximate` (any row approximate) and `missing_reason` (why
 * the sum is null: the rows' own reason, or that none has a value). With `value: null` the
 * result has the `by` columns, `rows` and `approximate`. A group with no rows has no row: fill
 * absent groups yourself where absence means zero.
 *
 * @param table A table with one row per case, or figures to add up.
 * @param options The grouping and the value column.
 * @returns A new table, one row per group.
 * @throws {TypeError} For a wrong shape: not a table, no `by`, an unknown option, a value that
 *   is not a number.
 * @throws {RangeError} For a missing column, NaN in the value column, or a `by` column named as
 *   an output.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { aggregateBy } from "./mod.ts";
 *
 * const referrals = aq.table({
 *   service: ["ISVA", "ISVA", "SARC", "ISVA"],
 *   amount_gbp: [100, null, 250, 40],
 * });
 * const r = aggregateBy(referrals, { by: ["service"], value: "amount_gbp" });
 * assert.deepEqual(r.array("amount_gbp"), [140, 250]); // 100 + 40: the null is left out
 * assert.deepEqual(r.array("rows"), [3, 1]);
 * assert.deepEqual(r.array("no_value"), [1, 0]);
 * ```
 */
export function aggregateBy(table: aq.ColumnTable, options: AggregateByOptions): aq.ColumnTable {
  const o = normalise(table, options);
  const g = groupRows(table, o.by);
  const t = figureTotals(table, g, countSources(o));
  const rows = Array.from(t.count);
  if (o.countRows) return aq.table({ ...g.columns, rows, approximate: flags(t) });
  const why = reasons(t);
  return aq.table({
    ...g.columns,
    [o.countName]: sums(t),
    rows,
    no_value: Array.from(t.count, (n, k) => n - t.valid[k]),
    approximate: flags(t),
    missing_reason: why.map((r, k) => t.valid[k] > 0 ? null : reason(r, t.count[k])),
  });
}

function reason(first: unknown, rows: number): string {
  return first == null ? `no value in any of its ${rows} rows` : String(first);
}

function normalise(table: aq.ColumnTable, options: AggregateByOptions) {
  const fn = "compute aggregateBy()";
  checkCall(fn, table, options ?? {}, {
    known: OPTIONS,
    required: {
      by: 'name the columns whose values make the groups, e.g. ["service", "financial_year"]',
    },
  });
  const counted = countColumns(fn, table, options);
  const by = counted.countRows
    ? columnList(fn, table, "by", options.by)
    : withUnit(table, columnList(fn, table, "by", options.by));
  disjoint(fn, { by, value: counted.countRows ? [] : [counted.figures.value] });
  const clash = by.find((name) => OUTPUTS.includes(name));
  if (clash !== undefined) {
    throw new RangeError(
      `Cannot ${fn}: the result has a column named ${describeValue(clash)} already ` +
        `(rename it first)`,
    );
  }
  return { by, ...counted };
}
