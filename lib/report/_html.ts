// HTML helpers private to lib/report. Every piece of text from notebooks, outputs or data goes
// through escapeHtml (lib/display/escape_html.ts) before it reaches a page.

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

/**
 * Whether a link target is safe to put in `href`: http(s), mailto, or a relative URL. The check
 * runs on what the browser's URL parser sees (tabs and newlines removed, leading controls and
 * spaces trimmed), and anything with a colon before the first `/`, `?` or `#` counts as a scheme,
 * so `java\tscript:` and `JAVASCRIPT:` are refused.
 */
export function isSafeUrl(href: string): boolean {
  // deno-lint-ignore no-control-regex
  const seen = href.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([^/?#]*?):/.exec(seen);
  if (scheme === null) return true;
  return ["http", "https", "mailto"].includes(scheme[1].toLowerCase());
}

/** A `data:` URL for base64 image data, or null when the data is not base64. */
export function imageDataUrl(mime: string, data: string): string | null {
  const base64 = data.replace(/\s+/g, "");
  if (base64 === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  return `data:${mime};base64,${base64}`;
}

/** Joins nbformat text (a string or an array of lines); anything else gives null. */
export function mimeText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((line) => typeof line === "string")) {
    return value.join("");
  }
  return null;
}
