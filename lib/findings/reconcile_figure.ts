// The status rule now lives in lib/analysis (reconcile_figure.ts), below the findings, so that
// reconcile(), shareOf(), the findings and the ingest share it. This file only keeps the old
// import path working for modules written against it (lib/sources on main); import from
// lib/analysis instead, and remove this file once nothing imports it.
export * from "../analysis/reconcile_figure.ts";
