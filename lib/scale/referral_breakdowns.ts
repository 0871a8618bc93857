import { aq } from "../data/arquero.ts";
import { aggregateBy } from "../analysis/aggregate_by.ts";
import { ageBands } from "../analysis/age_bands.ts";
import { breakdown, type BreakdownOptions } from "../analysis/breakdown.ts";
import { coverage } from "../analysis/coverage.ts";
import { suppress, type SuppressOptions } from "../publish/suppress.ts";

/** Options for {@linkcode referralBreakdowns}. */
export interface ReferralBreakdownsOptions extends Pick<BreakdownOptions, "smallThreshold"> {
  /** The columns whose values make the groups; default `["service"]`. */
  by?: string[];
  /**
   * Disclosure control before publishing: `true` passes each breakdown through `suppress()` (counts
   * below 5 hidden as `[c]`, with secondary suppression), or give `suppress()`'s `threshold`,
   * `round`, `categoryTotals` or `zeros`. Default false: the exact counts, for analysis.
   */
  suppress?: boolean | Pick<SuppressOptions, "threshold" | "round" | "categoryTotals" | "zeros">;
}

/** What {@linkcode referralBreakdowns} returns: three `breakdown()` tables and their coverage. */
export interface ReferralBreakdowns {
  /** Shares by age band (0-4, 5-9, 10-14, 15-17, then Unknown for no age recorded). */
  age: aq.ColumnTable;
  /** Shares by sex (Unknown as an unknown category). */
  sex: aq.ColumnTable;
  /** Shares by ethnic group (Not provided as an unknown category). */
  ethnicity: aq.ColumnTable;
  /** `coverage()` of each breakdown against the group's referrals, with a `dimension` column. */
  coverage: aq.ColumnTable;
}

/**
 * Who is referred, per service: shares by age band, sex and ethnicity with and without the
 * unknowns, small counts flagged, and how much of each service's referrals each breakdown
 * accounts for. The second of the three everyday questions asked of a referral-level extract.
 *
 * Each breakdown counts rows (`value: null`): `ageBands()` then `breakdown()` for age,
 * `breakdown()` for sex and ethnicity. The headline is each group's number of referrals from
 * `aggregateBy()`, and `coverage()` checks every breakdown adds up to it (a row left out of one
 * would show as `"partial"`). With `suppress`, each breakdown is then made safe to publish by
 * `suppress()` (coverage is checked on the exact counts).
 *
 * @param referrals A referral table (see `REFERRAL_SCHEMA`).
 * @param options The groups and the small-count threshold.
 * @returns The three breakdowns and their coverage.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { generateReferrals, referralBreakdowns } from "./mod.ts";
 *
 * const r = referralBreakdowns(generateReferrals(2000, { seed: 5 }));
 * assert.ok(r.coverage.array("status").every((s) => s === "complete"));
 * assert.deepEqual(r.age.columnNames().slice(0, 3), ["service", "age_band", "count"]);
 * const safe = referralBreakdowns(generateReferrals(2000, { seed: 5 }), { suppress: true });
 * assert.ok(safe.ethnicity.array("count").includes(null)); // small counts hidden as [c]
 * ```
 */
export function referralBreakdowns(
  referrals: aq.ColumnTable,
  options: ReferralBreakdownsOptions = {},
): ReferralBreakdowns {
  const by = options.by ?? ["service"];
  const small = { smallThreshold: options.smallThreshold ?? 5 };
  const bands = ageBands(referrals, { by, value: null });
  const age = breakdown(bands, { category: "age_band", by, value: "count", ...small });
  const sex = breakdown(referrals, { category: "sex", by, value: null, ...small });
  const ethnicity = breakdown(referrals, { category: "ethnicity", by, value: null, ...small });
  const headline = aggregateBy(referrals, { by, value: null });
  const covered = (parts: aq.ColumnTable, dimension: string) =>
    coverage(parts, headline, { by, value: "count", headlineValue: "rows", dimension });
  const coverageTable = covered(age, "age").concat(
    covered(sex, "sex"),
    covered(ethnicity, "ethnicity"),
  );
  if (options.suppress === undefined || options.suppress === false) {
    return { age, sex, ethnicity, coverage: coverageTable };
  }
  const control = options.suppress === true ? {} : options.suppress;
  const safe = (table: aq.ColumnTable, category: string) =>
    suppress(table, { ...control, by, category, value: "count" });
  return {
    age: safe(age, "age_band"),
    sex: safe(sex, "sex"),
    ethnicity: safe(ethnicity, "ethnicity"),
    coverage: coverageTable,
  };
}
