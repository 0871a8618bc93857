// The tolerance rule now lives in lib/analysis (stated_tolerance.ts), beside the status rule it
// serves. This file only keeps the old import path working for modules written against it
// (lib/sources on main); import from lib/analysis instead, and remove this file once nothing
// imports it.
export * from "../analysis/stated_tolerance.ts";
