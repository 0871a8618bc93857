/**
 * Stories: series that join particular datasets to tell one account across documents, built on
 * the analysis verbs but naming the datasets they read, which the generic verbs never do.
 * {@linkcode victimFirstFundingSeries} is Victim First's funding year by year, from the FOI
 * responses and the commissioning framework together.
 *
 * @module
 */
export * from "./victim_first_funding_series.ts";
