import type { CountColumnOptions } from "./figure_options.ts";
import { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import { COUNT_OPTIONS, countColumns, countSources } from "./_figures.ts";
import { figureTotals, flags, groupRows, reasons, sums } from "./_group_rows.ts";
import { describeValue } from "../format/describe_value.ts";
import {
  checkCall,
  column,
  columnList,
  disjoint,
  numberAtLeast,
  stringList,
} from "../format/options.ts";

/** Options for {@linkcode breakdown}. */
export interface BreakdownOptions extends CountColumnOptions {
  /** The column holding the categories, e.g. `"sex"`, `"ethnicity"`, `"age"` (required). */
  category: string;
  /** Columns whose values make separate groups, e.g. `["service"]`; default none. */
  by?: string[];
  /** Category labels meaning "not recorded"; default `["Unknown", "Not provided", "Not known"]`. */
  unknown?: string[];
  /** Counts below this are flagged `small` (disclosure control); default 5. */
  smallThreshold?: number;
}

/**
 * The labels {@linkcode breakdown} treats as unknown unless told otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_UNKNOWN_LABELS } from "./mod.ts";
 * assert.ok(DEFAULT_UNKNOWN_LABELS.includes("Not provided"));
 * ```
 */
export const DEFAULT_UNKNOWN_LABELS: readonly string[] = ["Unknown", "Not provided", "Not known"];

/**
 * A row of {@linkcode breakdown}'s result with the default count column, `value`; the `by`
 * columns and the category column come with it, of their own types.
 */
export interface BreakdownRow {
  /** The category's count; null when the document gives none. */
  value: number | null;
  /** Its share of the group's total, in percent; null when not computable. */
  share: number | null;
  /** Its share of the group's known total (unknown categories left out); null for those. */
  share_known: number | null;
  /** Whether the category means "not recorded". */
  unknown: boolean;
  /** Whether the count is below the small-count threshold. */
  small: boolean;
  /** Whether the count is approximate. */
  approximate: boolean;
  /** The group's counts added up; null when none has a value. */
  total: number | null;
  /** The group's known categories added up; null when none has a value. */
  known_total: number | null;
  /** How many of the group's counts are null. */
  missing_cells: number;
  /** Why `value` or `share` is null; else null. */
  missing_reason: string | null;
}

const OPTIONS = ["category", "by", ...COUNT_OPTIONS, "unknown", "smallThreshold"];

/**
 * Counts and shares of each category within each group: who the victims are by age, sex or
 * ethnicity, per service.
 *
 * Rows with the same group and category are added up, so the table may hold counts or one row
 * per person (`value: null`). The result has one row per group and category, in first-seen order:
 * the `by` columns, the category, the count (named as the value column, or `count`), `share` (of
 * the group's total, in percent), `share_known` (of the total without the unknown categories;
 * null for an unknown category), `unknown`, `small` (a count from 0 to `smallThreshold` − 1:
 * unstable as a share and possibly disclosive), `approximate` (the row or any count its shares
 * divide by is approximate), `total`, `known_total`, `missing_cells` (null counts in the group,
 * left out of both totals) and `missing_reason`.
 *
 * A null count stays null with its reason: it is not added as 0, gets no share and is not
 * flagged small. Unknown categories are kept as categories of their own.
 *
 * @param table A table of counts (or of records, with `value: null`).
 * @param options The category column, the groups and the labels meaning unknown.
 * @returns A new table of counts and shares.
 * @throws {TypeError} For a wrong shape: not a table, no `category`, an unknown option.
 * @throws {RangeError} For a column the table does not have or a negative threshold.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { breakdown } from "./mod.ts";
 *
 * const sex = breakdown(await load("child_victims_sex"), { category: "sex", by: ["service"] });
 * assert.deepEqual(sex.array("value"), [131, 52, 4]); // Male, Female, Unknown
 * assert.equal(sex.get("total", 0), 187);
 * assert.equal(sex.get("share_known", 0), (131 / 183) * 100); // 183 = 131 + 52
 * assert.deepEqual(sex.array("small"), [false, false, true]);
 * ```
 */
export function breakdown(
  table: aq.ColumnTable,
  options: BreakdownOptions,
): TypedTable<BreakdownRow & RowObject> {
  const o = normalise(table, options);
  const out = rollupCells(table, o)
    // Rollup keeps (group, category) pairs in first-seen order; regroup so a group's rows are
    // together, in the order the groups were first seen.
    .derive({ __i: "() => op.row_number()" })
    .groupby(o.by)
    .derive({ __g: "d => op.min(d.__i)" })
    .ungroup()
    .orderby("__g", "__i")
    .params({ unknown: o.unknown, small: o.small })
    .derive({ unknown: `(d, $) => op.includes($.unknown, d[${JSON.stringify(o.category)}])` })
    .groupby(o.by)
    .derive({
      total: "d => op.valid(d.__v) > 0 ? op.sum(d.__v) : null",
      known_total: "d => op.valid(d.unknown ? null : d.__v) > 0 ? " +
        "op.sum(d.unknown ? null : d.__v) : null",
      missing_cells: "d => op.invalid(d.__v)",
      __ga: "d => op.sum(d.__v != null && d.__a ? 1 : 0) > 0",
    })
    .ungroup()
    .derive({
      share: "d => d.__v == null || !d.total ? null : d.__v / d.total * 100",
      share_known: "d => d.__v == null || d.unknown || !d.known_total ? null : " +
        "d.__v / d.known_total * 100",
      small: "(d, $) => d.__v != null && d.__v < $.small",
      approximate: "d => d.__a || (d.__v != null && d.__ga)",
      missing_reason: "d => d.__v == null ? (d.__r ?? 'no value') : " +
        "!d.total ? 'the group total is 0' : null",
    });
  return out.select({
    ...Object.fromEntries([...o.by, o.category].map((n) => [n, n])),
    __v: o.countName,
    share: "share",
    share_known: "share_known",
    unknown: "unknown",
    small: "small",
    approximate: "approximate",
    total: "total",
    known_total: "known_total",
    missing_cells: "missing_cells",
    missing_reason: "missing_reason",
  }).reify() as TypedTable<BreakdownRow & RowObject>;
}

// One row per group and category: __v (the counts added up), __r (a reason when none is
// valid), __a (any approximate).
function rollupCells(table: aq.ColumnTable, o: ReturnType<typeof normalise>): aq.ColumnTable {
  const g = groupRows(table, [...o.by, o.category]);
  const t = figureTotals(table, g, countSources(o));
  return aq.table({ ...g.columns, __v: sums(t), __r: reasons(t), __a: flags(t) });
}

function normalise(table: aq.ColumnTable, options: BreakdownOptions) {
  const fn = "compute breakdown()";
  checkCall(fn, table, options ?? {}, {
    known: OPTIONS,
    required: { category: 'name the column holding the categories, e.g. "sex"' },
  });
  const category = column(fn, table, "category", options.category, "");
  const by = columnList(fn, table, "by", options.by);
  const counted = countColumns(fn, table, options);
  const { figures, countRows } = counted;
  disjoint(fn, { by, category: [category], value: countRows ? [] : [figures.value] });
  const unknown = stringList(fn, "unknown", options.unknown, DEFAULT_UNKNOWN_LABELS);
  const small = numberAtLeast(fn, "smallThreshold", options.smallThreshold, 5, { min: 0 });
  if ([...by, category].includes(counted.countName)) {
    throw new RangeError(
      `Cannot ${fn}: the count would be named ${
        describeValue(counted.countName)
      }, as a group column is`,
    );
  }
  return { category, by, unknown, small, ...counted };
}
