import type { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import type { ReconcileStatus } from "./check_status.ts";
import { FIGURE_OPTIONS, figureColumns, internalFigures } from "./_figures.ts";
import { describeValue } from "../format/describe_value.ts";
import {
  checkCall,
  column,
  columnList,
  numberAtLeast,
  requireOption,
  stringOption,
} from "../format/options.ts";
import type { FigureColumnOptions } from "./figure_options.ts";
import { reconcileFigure } from "./reconcile_figure.ts";

/** Options for {@linkcode shareOf}. */
export interface ShareOfOptions extends FigureColumnOptions {
  /** The column naming each figure; default `"measure"`. */
  key?: string;
  /** The key of the part, e.g. `"cyp_service_contract_value"` (required). */
  part: string;
  /** The key of the whole, e.g. `"dsv_commissioning_budget"` (required). */
  whole: string;
  /** The key of a share the document states, in percent, to check (optional). */
  stated?: string;
  /** Columns whose values make separate groups, e.g. `["financial_year"]`; default none. */
  by?: string[];
  /**
   * How many percentage points the stated share may be from the computed one; default the
   * tolerance its precision implies (`statedTolerance()`): half a unit of its last digit for a
   * plain share ("27%": ±0.5), a whole unit for a hedged one ("roughly 27%": ±1).
   */
  tolerance?: number;
}

/** A row of {@linkcode shareOf}'s result; the `by` columns come first, of their own types. */
export interface ShareOfRow {
  /** The part's value; null when missing. */
  part: number | null;
  /** The whole's value; null when missing. */
  whole: number | null;
  /** `part ÷ whole × 100`; null when either is missing or the whole is 0. */
  share: number | null;
  /** The share the document states, in percent; null when none. */
  stated_share: number | null;
  /** `share − stated_share`, in percentage points; null when either is null. */
  difference: number | null;
  /** The tolerance applied, in points; null when nothing is stated. */
  tolerance: number | null;
  /** `reproduced`, `discrepancy` or `not-computable`. */
  status: ReconcileStatus;
  /** Whether the status is `reproduced`; null when not computable. */
  consistent: boolean | null;
  /** Whether the part or the whole is approximate. */
  approximate: boolean;
  /** Whether the document hedged the stated share ("roughly 27%"). */
  stated_approximate: boolean;
  /** The comparison in words; null when there is none. */
  note: string | null;
  /** Why `share` is null; else null. */
  missing_reason: string | null;
}

const OPTIONS = ["key", "part", "whole", "stated", "by", "tolerance", ...FIGURE_OPTIONS];

/**
 * Computes one figure as a share of another — a service's contract as a share of a budget — and
 * checks it against the share the document states, if it states one.
 *
 * One row per group: the `by` columns, `part`, `whole`, `share` (part ÷ whole, in percent),
 * `stated_share`, `difference` (share − stated, in percentage points), `tolerance`, `status`
 * (`reconcileFigure()`'s: `reproduced` when the difference is within the tolerance,
 * `discrepancy` when not, `not-computable` when there is no stated share or no share),
 * `consistent` (status is `reproduced`; null when not computable), `approximate` (part or whole
 * approximate), `stated_approximate` (the document hedged, e.g. "roughly 27%"), `note` and
 * `missing_reason`.
 *
 * @param table A table with the part, the whole and any stated share as rows told apart by `key`.
 * @param options Which rows are the part, the whole and the stated share.
 * @returns A new table, one row per group.
 * @throws {TypeError} For a wrong shape: not a table, no `part` or `whole`, an unknown option.
 * @throws {RangeError} For a missing column, or a key with more than one row in a group.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { shareOf } from "./mod.ts";
 *
 * const r = shareOf(await load("council_dsv_budget", { stated: true }), {
 *   part: "cyp_service_contract_value",
 *   whole: "dsv_commissioning_budget",
 *   stated: "cyp_share",
 * });
 * assert.equal(r.get("share", 0), (186945 / 705672) * 100); // 26.49…%
 * assert.equal(r.get("stated_share", 0), 27); // "roughly 27%"
 * assert.equal(r.get("tolerance", 0), 1); // "roughly": 26% to 28%
 * assert.equal(r.get("status", 0), "reproduced"); // though 26.49% rounds to 26%
 * ```
 */
export function shareOf(
  table: aq.ColumnTable,
  options: ShareOfOptions,
): TypedTable<ShareOfRow & RowObject> {
  const o = normalise(table, options);
  const keyed = internalFigures(table, o.figures, [...o.by, o.key])
    .params({ keys: [o.part, o.whole, ...(o.stated === undefined ? [] : [o.stated])] })
    .filter(`(d, $) => op.includes($.keys, d[${JSON.stringify(o.key)}])`);
  checkOnePerKey(keyed, o);
  const k = `d[${JSON.stringify(o.key)}]`;
  const pick = (name: string, col: string) =>
    `(d, $) => op.valid(${k} === $.${name} ? ${col} : null) > 0 ? ` +
    `op.max(${k} === $.${name} ? ${col} : null) : null`;
  const any = (name: string, col: string) =>
    `(d, $) => op.sum(${k} === $.${name} && ${col} ? 1 : 0) > 0`;
  const shares = keyed
    .params({ part: o.part, whole: o.whole, stated: o.stated ?? null })
    .groupby(o.by)
    .rollup({
      part: pick("part", "d.__v"),
      whole: pick("whole", "d.__v"),
      stated_share: pick("stated", "d.__v"),
      __pa: any("part", "d.__a"),
      __wa: any("whole", "d.__a"),
      stated_approximate: any("stated", "d.__a"),
      __pr: pick("part", "d.__r"),
      __wr: pick("whole", "d.__r"),
    })
    .derive({
      share: "d => d.part == null || d.whole == null || d.whole === 0 ? null : " +
        "d.part / d.whole * 100",
      approximate: "d => d.__pa || d.__wa",
      missing_reason: "d => d.part == null ? 'part: ' + (d.__pr ?? 'no row') : " +
        "d.whole == null ? 'whole: ' + (d.__wr ?? 'no row') : d.whole === 0 ? 'the whole is 0' : null",
    })
    .derive(checkStated())
    .reify();
  return judge(shares, o.tolerance).select([
    ...o.by,
    "part",
    "whole",
    "share",
    "stated_share",
    "difference",
    "tolerance",
    "status",
    "consistent",
    "approximate",
    "stated_approximate",
    "note",
    "missing_reason",
  ])
    .reify() as TypedTable<ShareOfRow & RowObject>;
}

function checkStated(): Record<string, string> {
  const both = "d.share != null && d.stated_share != null";
  return {
    difference: `d => ${both} ? d.share - d.stated_share : null`,
    note: `d => !(${both}) ? null : 'computed ' + op.round(d.share * 100) / 100 + '%; stated ' + ` +
      "(d.stated_approximate ? 'roughly ' : '') + d.stated_share + '%: ' + " +
      "op.round(op.abs(d.share - d.stated_share) * 100) / 100 + ' points apart; the computed ' + " +
      "'share rounds to ' + op.round(d.share) + '%'",
  };
}

// The status of each group's stated share, by the one rule of reconcileFigure() (few rows).
function judge(t: aq.ColumnTable, tolerance: number | undefined): aq.ColumnTable {
  const rows = t.objects() as Pick<ShareOfRow, "share" | "stated_share" | "stated_approximate">[];
  const checks = rows.map((r) =>
    reconcileFigure({
      stated: r.stated_share,
      computed: r.share,
      reason: "no share",
      unit: "percent",
      ...(tolerance !== undefined
        ? { tolerance }
        : { precision: r.stated_approximate ? "approximate" as const : "rounded" as const }),
    })
  );
  return t.assign({
    tolerance: checks.map((c) => c.tolerance),
    status: checks.map((c) => c.status),
    consistent: checks.map((c) => c.status === "not-computable" ? null : c.status === "reproduced"),
  });
}

function checkOnePerKey(keyed: aq.ColumnTable, o: ReturnType<typeof normalise>): void {
  const dupes = keyed.groupby([...o.by, o.key]).count({ as: "__n" }).filter("d => d.__n > 1");
  if (dupes.numRows() === 0) return;
  const row = dupes.object(0) as Record<string, unknown>;
  const where = o.by.map((n) => ` where ${n}=${describeValue(row[n])}`).join(",");
  throw new RangeError(
    `Cannot compute shareOf(): ${row.__n} rows with ${o.key}=${
      describeValue(row[o.key])
    }${where}: ` +
      `name the column that tells them apart in option "by"`,
  );
}

function normalise(table: aq.ColumnTable, options: ShareOfOptions) {
  const fn = "compute shareOf()";
  checkCall(fn, table, options ?? {}, { known: OPTIONS });
  for (const name of ["part", "whole"] as const) {
    const value = options?.[name];
    const what = `the ${options?.key ?? "measure"} of the ${name}, got ${describeValue(value)}`;
    requireOption(fn, name, typeof value === "string", what);
  }
  return {
    key: column(fn, table, "key", options.key, "measure"),
    part: options.part,
    whole: options.whole,
    stated: stringOption(fn, "stated", options.stated),
    by: columnList(fn, table, "by", options.by),
    tolerance: options.tolerance === undefined
      ? undefined
      : numberAtLeast(fn, "tolerance", options.tolerance, 0, { min: 0 }),
    figures: figureColumns(fn, table, options),
  };
}
