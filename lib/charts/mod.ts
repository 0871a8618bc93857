/**
 * Chart builders over Arquero tables. Each returns a Plotly figure as plain JSON (`{ data,
 * layout }`), with titles, axis titles, pounds written `£1,234,567` on ticks and in hover text,
 * one colour-blind-safe palette, and the source and licence under the plot. Builders do no I/O
 * and need no plotly.js: `chart()` in the display module shows their figures.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { barChart } from "./mod.ts";
 * const figure = barChart(aq.table({ year: ["2021-22", "2022-23"], value: [561813, 572798],
 *   unit: ["GBP", "GBP"] }), { x: "year", title: "Victim First funding" });
 * assert.equal(figure.layout.yaxis && (figure.layout.yaxis as { tickprefix: string }).tickprefix, "£");
 * assert.deepEqual(JSON.parse(JSON.stringify(figure)), figure);
 * ```
 *
 * @module
 */
export * from "./figure.ts";
export * from "./palette.ts";
export * from "./value_format.ts";
export * from "./source_annotation.ts";
export * from "./bar_chart.ts";
export * from "./line_chart.ts";
export * from "./treemap.ts";
export * from "./waterfall.ts";
