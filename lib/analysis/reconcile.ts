import type { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import type { ReconcileStatus } from "./check_status.ts";
import { FIGURE_OPTIONS, figureColumns, withUnit } from "./_figures.ts";
import { checkTotals } from "./_reconcile_rollup.ts";
import { ROLE_OPTIONS, roleColumns } from "./_roles.ts";
import type { RoleOptions } from "./role_options.ts";
import { checkCall, columnList, numberAtLeast } from "../format/options.ts";
import type { FigureColumnOptions } from "./figure_options.ts";

/** Options for {@linkcode reconcile}. */
export interface ReconcileOptions extends FigureColumnOptions, RoleOptions {
  /**
   * Columns saying which parts a stated total covers, e.g. `["section"]` for a table with one
   * TOTAL row per section; default none (every stated total is compared with every part).
   */
  by?: string[];
  /** How far apart, in the value's unit, the sum and the statement may be; default 0. */
  tolerance?: number;
}

/** A row of {@linkcode reconcile}'s result; the `by` columns come first, of their own types. */
export interface ReconcileRow {
  /** The stated totals of the group added up; null when none has a value. */
  stated: number | null;
  /** The parts with a value added up; null when none has one. */
  computed: number | null;
  /** `computed - stated`; null when either is null. */
  difference: number | null;
  /** The tolerance applied. */
  tolerance: number;
  /** `reproduced`, `discrepancy` or `not-computable`. */
  status: ReconcileStatus;
  /** Why not computable: `no stated total`, `no parts`, `no part values`; else null. */
  missing_reason: string | null;
  /** How many parts the group has. */
  parts: number;
  /** How many of them have no value. */
  no_value: number;
  /** How many stated rows were added up. */
  stated_rows: number;
  /** Whether any figure involved is approximate. */
  approximate: boolean;
  /** Where the stated rows are, `seed:line; …`; null without provenance columns. */
  stated_at: string | null;
}

const OPTIONS = ["by", "tolerance", ...ROLE_OPTIONS, ...FIGURE_OPTIONS];

/**
 * Checks that the parts of a table add up to the totals it states: within each group of `by`,
 * the parts' values are added up and compared with the stated total (several stated rows in one
 * group are added up first, so name the column that separates them).
 *
 * The result has one row per group: the `by` columns, `stated`, `computed` (the non-null parts
 * added up), `difference` (computed − stated), `tolerance`, `status` in the toolkit's one
 * vocabulary (`CHECK_STATUSES`), decided by `reconcileFigure()`: `"reproduced"` within tolerance,
 * `"discrepancy"` beyond it, `"not-computable"` with `missing_reason` saying why (`"no stated
 * total"`, `"no parts"`, `"no part values"`); then `parts`, `no_value` (parts with a null value:
 * they count as nothing in `computed`, as the documents' own totals treat them), `stated_rows`,
 * `approximate` (any figure involved is approximate) and `stated_at` (`"seed:line"` of the stated
 * rows, when the table has `seed` and `line` columns).
 *
 * @param table A table with parts and stated totals told apart by a role column.
 * @param options The grouping, the roles and the tolerance.
 * @returns A new table, one row per group.
 * @throws {RangeError} For a missing column or a negative tolerance.
 * @throws {TypeError} For a wrong shape: not a table, an unknown option.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { reconcile } from "./mod.ts";
 *
 * const check = reconcile(await load("commissioning_spend", { stated: true }), { by: ["section"] });
 * assert.deepEqual(check.array("stated"), [4654011, 2020226]);
 * assert.deepEqual(check.array("status"), ["reproduced", "reproduced"]);
 * ```
 */
export function reconcile(
  table: aq.ColumnTable,
  options: ReconcileOptions = {},
): TypedTable<ReconcileRow & RowObject> {
  const fn = "compute reconcile()";
  checkCall(fn, table, options, { known: OPTIONS });
  const by = withUnit(table, columnList(fn, table, "by", options.by));
  const tolerance = numberAtLeast(fn, "tolerance", options.tolerance, 0, { min: 0 });
  const roles = roleColumns(fn, table, options);
  const figures = figureColumns(fn, table, options);
  return checkTotals(table, { by, tolerance, roles, figures }) as TypedTable<
    ReconcileRow & RowObject
  >;
}
