import { renderMarkdown } from "./render_markdown.ts";

/**
 * A MIME bundle: MIME type to data (text types may be stored as line arrays, JSON types as JSON).
 * What a displayed value shows, and what a notebook output stores (lib/notebook's nbformat types
 * use this one).
 */
export type MimeBundle = Record<string, unknown>;

/**
 * The key under which the Deno Jupyter kernel looks for a display method
 * (`Deno.jupyter.$display` inside the kernel; the same symbol, from the global registry).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq, show } from "../mod.ts";
 * import { JUPYTER_DISPLAY } from "./mod.ts";
 * assert.equal(typeof show(aq.table({ a: [1] }))[JUPYTER_DISPLAY], "function");
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/**
 * A value the Jupyter kernel shows with its own MIME bundle: as a cell's last expression it
 * becomes the cell's `execute_result`. Outside the kernel it is a plain value whose bundle tests
 * can read, and `console.log` prints its `text/plain`.
 */
export interface Displayable {
  /** The MIME bundle, always with a `text/plain` entry. Treat it as read-only. */
  readonly bundle: MimeBundle;
  /** Returns a copy of the MIME bundle. */
  toMimeBundle(): MimeBundle;
  /**
   * Called by the Deno kernel to display the value (the kernel awaits it): the bundle, which for
   * a chart may first gain its picture.
   */
  [JUPYTER_DISPLAY](): MimeBundle | Promise<MimeBundle>;
}

const INSPECT = Symbol.for("Deno.customInspect");
const NODE_INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * Wraps a MIME bundle as a {@linkcode Displayable}. `show()`, `chart()` and `md()` use it; use it
 * for any other rich output so it displays the same way.
 *
 * A bundle with `text/markdown` and no `text/html` gets the Markdown rendered as sanitised HTML
 * (`renderMarkdown`): an untrusted notebook shows `text/markdown` as plain text, with its `**`
 * visible, but renders sanitised `text/html`.
 *
 * @param bundle The MIME bundle; it must have a `text/plain` string, the fallback every front end
 * can show.
 * @returns The displayable value.
 * @throws {TypeError} When the bundle is not an object with a `text/plain` string, or its
 * `text/markdown` is not a string.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JUPYTER_DISPLAY, toDisplayable } from "./mod.ts";
 * const shown = toDisplayable({ "text/plain": "42", "text/html": "<b>42</b>" });
 * assert.equal(shown.bundle["text/html"], "<b>42</b>");
 * assert.deepEqual(shown[JUPYTER_DISPLAY](), shown.toMimeBundle());
 * const prose = toDisplayable({ "text/plain": "42", "text/markdown": "**42** <b>" });
 * assert.equal(prose.bundle["text/html"], "<p><strong>42</strong> &lt;b&gt;</p>\n");
 * ```
 */
export function toDisplayable(bundle: MimeBundle): Displayable {
  if (bundle === null || typeof bundle !== "object" || typeof bundle["text/plain"] !== "string") {
    throw new TypeError(
      "Cannot make a displayable value: the MIME bundle needs a text/plain string",
    );
  }
  const markdown = bundle["text/markdown"];
  if (markdown !== undefined && bundle["text/html"] === undefined) {
    if (typeof markdown !== "string") {
      throw new TypeError("Cannot make a displayable value: its text/markdown is not a string");
    }
    bundle = { ...bundle, "text/html": renderMarkdown(markdown) };
  }
  const plain = bundle["text/plain"];
  return {
    bundle,
    toMimeBundle: () => structuredClone(bundle),
    [JUPYTER_DISPLAY]: () => bundle,
    [INSPECT]: () => plain,
    [NODE_INSPECT]: () => plain,
  } as Displayable;
}
