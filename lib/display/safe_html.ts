// Checks for putting text from notebooks, outputs or data into HTML attributes: which link targets
// are safe, image data URLs, and nbformat's text values. renderMarkdown() and the report site
// both use them.

/**
 * Whether a link target is safe to put in `href`: http(s), mailto, or a relative URL. The check
 * runs on what the browser's URL parser sees (tabs and newlines removed, leading controls and
 * spaces trimmed), and anything with a colon before the first `/`, `?` or `#` counts as a scheme,
 * so `java\tscript:` and `JAVASCRIPT:` are refused.
 *
 * @param href The link target.
 * @returns True when a browser would follow it only to a web page, a mail address or this site.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isSafeUrl } from "./mod.ts";
 * assert.equal(isSafeUrl("https://www.nationalarchives.gov.uk/doc/open-government-licence/"), true);
 * assert.equal(isSafeUrl("#table-1"), true);
 * assert.equal(isSafeUrl("java\tscript:alert(1)"), false);
 * ```
 */
export function isSafeUrl(href: string): boolean {
  // deno-lint-ignore no-control-regex
  const seen = href.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([^/?#]*?):/.exec(seen);
  if (scheme === null) return true;
  return ["http", "https", "mailto"].includes(scheme[1].toLowerCase());
}

/**
 * A `data:` URL for base64 image data, or null when the data is not base64.
 *
 * @param mime The image's MIME type, such as `image/png`.
 * @param data Base64 data, possibly with line breaks.
 * @returns The URL, or null.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { imageDataUrl } from "./mod.ts";
 * assert.equal(imageDataUrl("image/png", "iVBO\nRw0K"), "data:image/png;base64,iVBORw0K");
 * assert.equal(imageDataUrl("image/png", '"><script>'), null);
 * ```
 */
export function imageDataUrl(mime: string, data: string): string | null {
  const base64 = data.replace(/\s+/g, "");
  if (base64 === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  return `data:${mime};base64,${base64}`;
}

/**
 * Joins nbformat text (a string or an array of lines); anything else gives null.
 *
 * @param value A value from a notebook file.
 * @returns The text, or null.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mimeText } from "./mod.ts";
 * assert.equal(mimeText(["a\n", "b"]), "a\nb");
 * assert.equal(mimeText({ a: 1 }), null);
 * ```
 */
export function mimeText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((line) => typeof line === "string")) {
    return value.join("");
  }
  return null;
}
