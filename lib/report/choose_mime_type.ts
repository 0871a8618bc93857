import { PLOTLY_MIME_TYPE } from "../display/chart.ts";
import { mimeText } from "../display/safe_html.ts";

// Richest first: what the site can show best. Text types must hold text (a string or lines);
// a Plotly figure must be an object with a `data` array, else the next type is used.
const ORDER: readonly [string, (value: unknown) => boolean][] = [
  [PLOTLY_MIME_TYPE, isFigure],
  ["text/html", isText],
  ["image/png", isText],
  ["image/jpeg", isText],
  ["image/svg+xml", isText],
  ["text/markdown", isText],
  ["application/json", (value) => value !== undefined],
  ["text/plain", isText],
];

/**
 * Chooses which entry of an output's MIME bundle the report site shows: the richest it can
 * render, in the order Plotly figure (`application/vnd.plotly.v1+json`), `text/html`,
 * `image/png`, `image/jpeg`, `image/svg+xml`, `text/markdown`, `application/json`,
 * `text/plain`. An entry whose value has the wrong shape (a figure without a `data` array, text
 * that is not a string or lines) is passed over.
 *
 * @param bundle The output's `data`.
 * @returns The MIME type to show, or null when the bundle has nothing the site can render.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chooseMimeType } from "./mod.ts";
 * const bundle = {
 *   "text/plain": "Chart: Spend",
 *   "text/html": "<table></table>",
 *   "application/vnd.plotly.v1+json": { data: [{ type: "bar" }], layout: {} },
 * };
 * assert.equal(chooseMimeType(bundle), "application/vnd.plotly.v1+json");
 * assert.equal(chooseMimeType({ "text/plain": "42", "text/latex": "$42$" }), "text/plain");
 * assert.equal(chooseMimeType({ "application/x-unknown": "?" }), null);
 * ```
 */
export function chooseMimeType(bundle: Readonly<Record<string, unknown>>): string | null {
  for (const [mime, fits] of ORDER) {
    if (Object.hasOwn(bundle, mime) && fits(bundle[mime])) return mime;
  }
  return null;
}

function isText(value: unknown): boolean {
  return mimeText(value) !== null;
}

function isFigure(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) &&
    Array.isArray((value as { data?: unknown }).data);
}
