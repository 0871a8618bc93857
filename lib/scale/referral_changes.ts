import { aq } from "../data/arquero.ts";
import { aggregateBy } from "../analysis/aggregate_by.ts";
import { yoyChange } from "../analysis/yoy_change.ts";

/** Options for {@linkcode referralChanges}. */
export interface ReferralChangesOptions {
  /** The columns whose values make separate series; default `["service"]`. */
  by?: string[];
}

/** What {@linkcode referralChanges} returns: two `yoyChange()` tables. */
export interface ReferralChanges {
  /** Each financial year against the year before, per series and measure. */
  years: aq.ColumnTable;
  /** Each quarter against the same quarter a year before, per series and measure. */
  quarters: aq.ColumnTable;
}

/**
 * Year-on-year change in referrals and spend, by year and by quarter, per service: the first of
 * the three everyday questions asked of a referral-level extract.
 *
 * The rows are added up once per service, financial year and quarter by `aggregateBy()` (the only
 * pass over the rows); every service gets every quarter the extract covers, a quarter with no
 * referrals being 0 referrals and £0, not a gap. Two measures follow, in a `measure` column:
 * `referrals` (rows) and `amount_gbp` (the amounts recorded, a lower bound, `bound: "lower"`,
 * wherever some referrals have none). Years are the sums of their quarters; a year the extract
 * covers only in part is null with the reason. `yoyChange()` then compares each year with the
 * year before and each quarter with the same quarter a year before.
 *
 * @param referrals A referral table (see `REFERRAL_SCHEMA`).
 * @param options The series.
 * @returns The annual and quarterly comparisons.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { referralChanges } from "./mod.ts";
 *
 * const t = aq.table({
 *   service: ["ISVA", "ISVA", "ISVA", "ISVA", "ISVA", "ISVA", "ISVA", "ISVA", "ISVA"],
 *   financial_year: ["2023-24", "2023-24", "2023-24", "2023-24", "2024-25", "2024-25",
 *     "2024-25", "2024-25", "2024-25"],
 *   quarter: ["Q1", "Q2", "Q3", "Q4", "Q1", "Q1", "Q2", "Q3", "Q4"],
 *   amount_gbp: [100, 100, 100, 100, 50, 70, 100, 100, null],
 * });
 * const { years } = referralChanges(t);
 * const referrals = years.filter((d) => d.measure === "referrals");
 * assert.deepEqual(referrals.array("change"), [null, 1]); // 4 referrals, then 5
 * ```
 */
export function referralChanges(
  referrals: aq.ColumnTable,
  options: ReferralChangesOptions = {},
): ReferralChanges {
  const by = options.by ?? ["service"];
  const quarterly = everyQuarter(
    aggregateBy(referrals, { by: [...by, "financial_year", "quarter"], value: "amount_gbp" }),
    by,
  );
  const series = { by: [...by, "measure"] };
  return {
    years: yoyChange(measures(annual(quarterly, by), [...by, "financial_year"]), series),
    quarters: yoyChange(measures(quarterly, [...by, "financial_year", "quarter"]), {
      ...series,
      period: "quarter",
    }),
  };
}

// Every series in every quarter seen: no rows there means no referrals and no spend.
function everyQuarter(q: aq.ColumnTable, by: string[]): aq.ColumnTable {
  const keys = [...by, "financial_year", "quarter"];
  const grid = q.select(by).dedupe().cross(q.select("financial_year", "quarter").dedupe());
  return grid.join_left(q, [keys, keys]).derive({
    rows: "d => d.rows ?? 0",
    amount_gbp: "d => d.rows == null ? 0 : d.amount_gbp",
    no_value: "d => d.no_value ?? 0",
    missing_reason: "d => d.missing_reason ?? null",
  });
}

// Years as sums of their quarters; a year not covered in full has no figures.
function annual(q: aq.ColumnTable, by: string[]): aq.ColumnTable {
  const quartersSeen = q.select("financial_year", "quarter").dedupe()
    .groupby("financial_year").count({ as: "__quarters" });
  return q.groupby([...by, "financial_year"])
    .rollup({
      rows: "d => op.sum(d.rows)",
      amount_gbp: "d => op.valid(d.amount_gbp) > 0 ? op.sum(d.amount_gbp) : null",
      no_value: "d => op.sum(d.no_value)",
      missing_reason: "d => op.valid(d.amount_gbp) > 0 ? null : op.any(d.missing_reason)",
    })
    .join_left(quartersSeen, ["financial_year", "financial_year"])
    .derive({
      __partial: "d => d.__quarters < 4",
      missing_reason: "d => d.__quarters < 4 ? 'only ' + d.__quarters + ' of 4 quarters in " +
        "the extract' : d.missing_reason",
    })
    .derive({
      rows: "d => d.__partial ? null : d.rows",
      amount_gbp: "d => d.__partial ? null : d.amount_gbp",
    });
}

// One row per period and measure: referrals (counted rows) and amount_gbp (recorded amounts).
function measures(t: aq.ColumnTable, keys: string[]): aq.ColumnTable {
  const common = Object.fromEntries(keys.map((k) => [k, k]));
  const count = t.derive({
    measure: "() => 'referrals'",
    value: "d => d.rows",
    bound: "() => null",
    missing_reason: "d => d.rows == null ? d.missing_reason : null",
  });
  const spend = t.derive({
    measure: "() => 'amount_gbp'",
    value: "d => d.amount_gbp",
    bound: "d => d.amount_gbp != null && d.no_value > 0 ? 'lower' : null",
  });
  const columns = { ...common, measure: "measure", value: "value", bound: "bound" };
  return count.select({ ...columns, missing_reason: "missing_reason" })
    .concat(spend.select({ ...columns, missing_reason: "missing_reason" }));
}
