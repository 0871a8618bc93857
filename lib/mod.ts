/**
 * An analysis toolkit for public data on how services for victims of crime are commissioned and
 * funded in England: tidy datasets extracted from Freedom of Information responses and a
 * commissioning framework, with every figure traceable to its document and line.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { catalog, load } from "./mod.ts";
 *
 * assert.ok(catalog().some((d) => d.name === "commissioning_spend"));
 * const spend = await load("commissioning_spend");
 * assert.equal(spend.filter((d) => d.role === "total").numRows(), 2);
 * ```
 *
 * The source documents are published under the Open Government Licence v3.0 by the Office of the
 * Police and Crime Commissioner for Leicester, Leicestershire and Rutland, Leicester City
 * Council, and the Nottinghamshire Office of the Police and Crime Commissioner.
 *
 * @module
 */
export * from "./parse/mod.ts";
export * from "./datasets/mod.ts";
export * from "./data/mod.ts";
export * from "./extract/mod.ts";
export * from "./notebook/mod.ts";
export * from "./findings/mod.ts";
export * from "./display/mod.ts";
export * from "./charts/mod.ts";
export * from "./analysis/mod.ts";
export * from "./ingest/mod.ts";
export * from "./scale/mod.ts";
