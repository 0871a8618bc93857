/**
 * How nbformat stores the data of a MIME type: a JSON type holds any JSON value, kept as it is;
 * a text type (and JavaScript and SVG) is stored as an array of lines; anything else (base64
 * images) as one string.
 *
 * @module
 */

// Text in all but name: nbformat splits these into lines as it does `text/*`.
const LINES_BEYOND_TEXT = new Set(["application/javascript", "image/svg+xml"]);

/** Whether the type is JSON (`application/json`, `application/…+json`), any JSON value. */
export function isJsonMime(mime: string): boolean {
  return /^application\/(.*\+)?json$/.test(mime);
}

/** Whether nbformat stores the type's text as an array of lines. */
export function isLinesMime(mime: string): boolean {
  return mime.startsWith("text/") || LINES_BEYOND_TEXT.has(mime);
}
