/**
 * Displaying tables, charts and prose in notebooks run by the Deno Jupyter kernel: `show()`
 * writes a table as styled HTML with a plain-text fallback, `chart()` wraps a Plotly figure with
 * static fallbacks, `md()` writes a sentence as Markdown with a sanitised HTML copy, and
 * `display()` shows any of them mid-cell. Importing this module makes every Arquero table (and
 * every analysis result of several tables) display itself as `show()` writes it
 * (`table_display.ts`). Numbers are written by lib/format's one rule. Each output is a plain
 * value whose MIME bundle tests can read; nothing here needs the kernel, and no output holds
 * random ids, dates or plotly.js.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { formatValue } from "../format/mod.ts";
 * import { show } from "./mod.ts";
 * assert.equal(formatValue(4654011, "gbp"), "£4,654,011");
 * const out = show(aq.table({ value: [4654011], unit: ["GBP"] }));
 * assert.ok(String(out.bundle["text/html"]).includes("£4,654,011"));
 * ```
 *
 * @module
 */
export * from "./displayable.ts";
export * from "./show.ts";
export * from "./table_display.ts";
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
export * from "./render_markdown.ts";
export * from "./safe_html.ts";
