// ANSI colours to HTML by ansi_up (pinned here, loaded with the report); the escape sequences a
// static page cannot act on (cursor moves, window titles) are removed first by the runner's one
// ANSI stripper, as ansi_up leaves the text of an OSC string behind.
import { AnsiUp } from "npm:ansi_up@6.0.6";
import { stripAnsi } from "../notebook/terminal_text.ts";

/**
 * Turns terminal text with ANSI SGR colour codes into HTML: the text is escaped, and styled runs
 * become `<span>`s. The 16 standard colours become classes (`ansi-red-fg`, `ansi-bright-blue-fg`,
 * `ansi-red-bg`), so the site's stylesheet picks the shades; 256-colour (`38;5;n`) and
 * true-colour (`38;2;r;g;b`) codes, bold, italic and underline become inline styles. Other escape
 * sequences are removed.
 *
 * @param text Text as a kernel or terminal wrote it.
 * @returns HTML for inside a `<pre>`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ansiToHtml } from "./mod.ts";
 * assert.equal(
 *   ansiToHtml("\u001b[1;31mError\u001b[0m: <b>"),
 *   '<span style="font-weight:bold" class="ansi-red-fg">Error</span>: &lt;b&gt;',
 * );
 * ```
 */
export function ansiToHtml(text: string): string {
  // A converter keeps the style it reached between calls; each text starts plain.
  const converter = new AnsiUp();
  converter.use_classes = true;
  return converter.ansi_to_html(stripAnsi(text, { keepColours: true }));
}
