import { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import { FIGURE_OPTIONS, figureColumns, withUnit } from "./_figures.ts";
import { columnValues, figureTotals, flags, groupRows, sums } from "./_group_rows.ts";
import { checkCall, columnList, disjoint, numberAtLeast } from "../format/options.ts";
import { PART, ROLE_OPTIONS, roleColumns, roleKinds } from "./_roles.ts";
import type { RoleOptions } from "./role_options.ts";
import type { FigureColumnOptions } from "./figure_options.ts";
import { checkTotals } from "./_reconcile_rollup.ts";
import type { ReconcileRow } from "./reconcile.ts";
import { tableSet } from "./table_set.ts";

/** Options for {@linkcode budgetShares}. */
export interface BudgetSharesOptions extends FigureColumnOptions, RoleOptions {
  /** The grouping to share the budget by, e.g. `["priority"]` or `["provider"]` (required). */
  by: string[];
  /** Columns whose groups each make 100%, e.g. `["section"]`; default none (one whole). */
  within?: string[];
  /** Columns saying which parts each stated total covers (see `reconcile()`); default `within`. */
  totalsBy?: string[];
  /** How far apart the parts' sum and a stated total may be; default 0. */
  tolerance?: number;
}

/** A row of {@linkcode budgetShares}' shares; the `within` and `by` columns come first. */
export interface BudgetShareRow {
  /** The group's parts added up; null when none has a value. */
  value: number | null;
  /** How many parts the group has. */
  rows: number;
  /** How many of them have no value. */
  no_value: number;
  /** The group's share of its `within` group's total, in percent; null when not computable. */
  share: number | null;
  /** Whether any figure in the group or its total is approximate. */
  approximate: boolean;
}

/** What {@linkcode budgetShares} returns: the shares and the checks behind them. */
export interface BudgetSharesResult<Row = RowObject> {
  /**
   * One row per group of `within` and `by`, largest first within each `within` group: the
   * grouping columns, `value` (the parts added up; null when none has a value), `rows`, `no_value`
   * (parts with no value), `share` (of the `within` group's total, in percent) and `approximate`
   * (any figure in the group or its total is approximate).
   */
  shares: TypedTable<BudgetShareRow & RowObject>;
  /** Whether the parts add up to the totals the table states: see `reconcile()`. */
  reconciliation: TypedTable<ReconcileRow & RowObject>;
  /** The part rows with no value (every column), reported rather than silently dropped. */
  noValue: TypedTable<Row>;
}

const OPTIONS = ["by", "within", "totalsBy", "tolerance", ...ROLE_OPTIONS, ...FIGURE_OPTIONS];

/**
 * Shares a budget by any grouping — priority, term, provider, commissioned or grants — and
 * checks the parts against the totals the document states.
 *
 * Parts are the rows whose role is a part role (`"observation"`); stated totals are left out of
 * the shares and checked by `reconcile()` instead. A part with no value counts as nothing in the
 * sums, is counted in `no_value` and listed in `noValue`.
 *
 * @param table A budget table with a value per part and, optionally, stated totals.
 * @param options The grouping, the wholes shares are of, and the roles.
 * @returns The shares, the reconciliation and the parts with no value.
 * @throws {TypeError} For a wrong shape: not a table, no `by`, an unknown option.
 * @throws {RangeError} For a missing column or a column named in two of the lists.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { budgetShares } from "./mod.ts";
 *
 * const spend = await load("commissioning_spend", { stated: true });
 * const { shares, reconciliation } = budgetShares(spend, { by: ["section"], totalsBy: ["section"] });
 * assert.deepEqual(shares.array("value"), [4654011, 2020226]);
 * assert.deepEqual(reconciliation.array("status"), ["reproduced", "reproduced"]);
 * ```
 */
export function budgetShares<Row = RowObject>(
  table: TypedTable<Row> | aq.ColumnTable,
  options: BudgetSharesOptions,
): BudgetSharesResult<Row> {
  const o = normalise(table, options);
  const kinds = roleKinds(table, o.roles);
  const shares = rollupParts(table, o, kinds)
    .groupby(o.within)
    .derive({
      __whole: "d => op.sum(d.value)",
      __wa: "d => op.sum(d.__a ? 1 : 0) > 0",
    })
    .ungroup()
    .derive({
      share: "d => d.value == null || !d.__whole ? null : d.value / d.__whole * 100",
      approximate: "d => d.__wa",
    })
    .orderby(...o.within, aq.desc("value"))
    .select([...o.within, ...o.by, "value", "rows", "no_value", "share", "approximate"])
    .reify();
  // The same check as reconcile(), on the options and role kinds already read here.
  const { roles, figures, totalsBy, tolerance } = o;
  return tableSet({
    shares: shares as TypedTable<BudgetShareRow & RowObject>,
    reconciliation: checkTotals(
      table,
      { by: totalsBy, tolerance, roles, figures },
      kinds,
    ) as TypedTable<ReconcileRow & RowObject>,
    noValue: noValueRows(table, o, kinds) as TypedTable<Row>,
  });
}

type Normalised = ReturnType<typeof normalise>;

// One row per group of the parts: value, rows, no_value and __a. `kinds` is each stored row's
// role kind (roleKinds()).
function rollupParts(table: aq.ColumnTable, o: Normalised, kinds: Uint8Array): aq.ColumnTable {
  const keys = [...o.within, ...o.by];
  const g = groupRows(table, keys, o.roles.role === null ? null : (row) => kinds[row] === PART);
  const { value, approximate } = o.figures;
  const t = figureTotals(table, g, { value, approximate, missingReason: null });
  return aq.table({
    ...g.columns,
    value: sums(t),
    rows: Array.from(t.count),
    no_value: Array.from(t.count, (n, k) => n - t.valid[k]),
    __a: flags(t),
  });
}

// The part rows with a null value, every column, in table order.
function noValueRows(table: aq.ColumnTable, o: Normalised, kinds: Uint8Array): aq.ColumnTable {
  const values = columnValues(table, o.figures.value);
  const scan = table.indices();
  const rows: number[] = [];
  for (let i = 0; i < scan.length; i++) {
    if (values[scan[i]] == null && kinds[scan[i]] === PART) rows.push(scan[i]);
  }
  return table.reify(rows);
}

function normalise(table: aq.ColumnTable, options: BudgetSharesOptions) {
  const fn = "compute budgetShares()";
  checkCall(fn, table, options ?? {}, {
    known: OPTIONS,
    required: { by: 'name the columns to share the budget by, e.g. ["priority"]' },
  });
  const within = columnList(fn, table, "within", options.within);
  const by = withUnit(table, columnList(fn, table, "by", options.by), within);
  const totalsBy = columnList(fn, table, "totalsBy", options.totalsBy, within);
  disjoint(fn, { within, by });
  return {
    by,
    within,
    totalsBy,
    tolerance: numberAtLeast(fn, "tolerance", options.tolerance, 0, { min: 0 }),
    roles: roleColumns(fn, table, options),
    figures: figureColumns(fn, table, options),
  };
}
