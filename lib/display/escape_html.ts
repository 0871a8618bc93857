import { escapeHtmlText } from "../deps.ts";

/**
 * Escapes text for an HTML text node or a quoted attribute value: `&`, `<`, `>`, `"` and `'`
 * become entities, so text from a notebook, its outputs or its data is shown as written and can
 * never become markup. The notebook tables and the report site both write text through it. It is
 * deno-std's `escape` (`@std/html`) under the name the toolkit uses.
 *
 * @param text The text to escape.
 * @returns The text with those five characters replaced by entities.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeHtml } from "./mod.ts";
 * assert.equal(
 *   escapeHtml(`<td title="Women's Aid">£5k & more</td>`),
 *   "&lt;td title=&quot;Women&#39;s Aid&quot;&gt;£5k &amp; more&lt;/td&gt;",
 * );
 * ```
 */
export function escapeHtml(text: string): string {
  return escapeHtmlText(text);
}
