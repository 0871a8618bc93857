// HTML helpers private to lib/report. Every piece of text from notebooks, outputs or data goes
// through escapeHtml (lib/display/escape_html.ts) before it reaches a page; link targets, image
// data and nbformat text are checked by lib/display/safe_html.ts.

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
