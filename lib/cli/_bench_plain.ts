// Private to lib/cli: the three referral operations written as plain Arquero verbs, the way a
// notebook would without lib/scale, to show in the benchmark what the fast paths gain.
import { aq } from "../data/arquero.ts";

/** Year-on-year change by year and by quarter per service, with Arquero's groupby and lag. */
export function plainChanges(t: aq.ColumnTable): aq.ColumnTable[] {
  const quarterly = t.groupby("service", "financial_year", "quarter")
    .rollup({ referrals: aq.op.count(), amount_gbp: aq.op.sum("amount_gbp") });
  const lagged = (x: aq.ColumnTable, by: string[]) =>
    x.groupby(by).orderby("financial_year").derive({
      referrals_change: "d => d.referrals - op.lag(d.referrals)",
      amount_change: "d => d.amount_gbp - op.lag(d.amount_gbp)",
    }).ungroup().reify();
  const annual = quarterly.groupby("service", "financial_year")
    .rollup({ referrals: "d => op.sum(d.referrals)", amount_gbp: "d => op.sum(d.amount_gbp)" });
  return [lagged(annual, ["service"]), lagged(quarterly, ["service", "quarter"])];
}

/** Shares by age band, sex and ethnicity per service. */
export function plainBreakdowns(t: aq.ColumnTable): aq.ColumnTable[] {
  const shares = (x: aq.ColumnTable, category: string) =>
    x.groupby("service", category).count()
      .groupby("service").derive({ share: "d => d.count / op.sum(d.count) * 100" }).reify();
  const banded = t.derive({
    age_band: "d => d.age == null ? 'Unknown' : d.age <= 4 ? '0-4' : d.age <= 9 ? '5-9' : " +
      "d.age <= 14 ? '10-14' : '15-17'",
  });
  return [shares(banded, "age_band"), shares(t, "sex"), shares(t, "ethnicity")];
}

/** Each service's share of the recorded spend. */
export function plainBudget(t: aq.ColumnTable): aq.ColumnTable {
  return t.groupby("service")
    .rollup({ value: aq.op.sum("amount_gbp"), rows: aq.op.count() })
    .derive({ share: "d => d.value / op.sum(d.value) * 100" })
    .orderby(aq.desc("value"))
    .reify();
}
