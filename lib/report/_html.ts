// HTML helpers private to lib/report. Every piece of text from notebooks, outputs or data goes
// through escapeHtml (lib/display/escape_html.ts) before it reaches a page; link targets, image
// data and nbformat text are checked by lib/display/safe_html.ts.
import { escapeHtml } from "../display/escape_html.ts";
import { isSafeUrl } from "../display/safe_html.ts";

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` become `\u003c`…, so
 * neither `</script>` nor `<!--` in the data can end or change the element; U+2028/2029 are
 * escaped too so the text is also a valid JavaScript string.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

/** A status as the site marks it, coloured by its class: `<span class="status status-ok">ok</span>`. */
export function statusBadge(status: string): string {
  return `<span class="status status-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

/** A source document's licence, linked to its text when the link is safe. */
export function licenceLink(source: { licence: string; licence_url: string }): string {
  return isSafeUrl(source.licence_url)
    ? `<a href="${escapeHtml(source.licence_url)}">${escapeHtml(source.licence)}</a>`
    : escapeHtml(source.licence);
}

/** One of the site's tables: its class, its header cells and its rows, scrolled sideways. */
export function siteTable(name: string, head: string, rows: readonly string[]): string {
  return `<div class="table-wrap"><table class="${name}"><thead><tr>${head}</tr></thead>\n` +
    `<tbody>\n${rows.join("\n")}\n</tbody></table></div>`;
}
