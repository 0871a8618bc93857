/**
 * Displaying tables and charts in notebooks run by the Deno Jupyter kernel: `show()` writes a
 * table as styled HTML with a plain-text fallback, `chart()` wraps a Plotly figure with static
 * fallbacks, and `display()` shows either one mid-cell. Each returns a plain value whose MIME
 * bundle tests can read; nothing here needs the kernel, and no output holds random ids, dates or
 * plotly.js.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { formatValue, show } from "./mod.ts";
 * assert.equal(formatValue(4654011, "gbp"), "£4,654,011");
 * const out = show(aq.table({ value: [4654011], unit: ["GBP"] }));
 * assert.ok(String(out.bundle["text/html"]).includes("£4,654,011"));
 * ```
 *
 * @module
 */
export * from "./displayable.ts";
export * from "./format_value.ts";
export * from "./show.ts";
export * from "./chart.ts";
export * from "./alt_text.ts";
export * from "./chart_picture.ts";
export * from "./display.ts";
export * from "./md.ts";
export * from "./gbp.ts";
export * from "./count.ts";
export * from "./pct.ts";
export * from "./num.ts";
export * from "./cite_sources.ts";
export * from "./escape_html.ts";
