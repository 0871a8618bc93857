/**
 * Text from notebooks, kernels and data printed on a terminal. Our own: a package such as
 * strip-ansi removes colour and OSC sequences but passes a bare ESC, C1 controls (U+009B is a
 * CSI of its own on many terminals) and other control characters through, which is what lets
 * printed text clear the screen or write the clipboard.
 *
 * @module
 */

// ESC [ ... final (CSI: colours, cursor moves, clear screen).
const CSI = String.raw`\x1b\[[0-?]*[ -/]*[@-~]`;
// ESC ] ... BEL or ESC \ (OSC: window titles, hyperlinks, clipboard writes); also DCS, SOS, PM
// and APC strings (ESC P, X, ^, _), which end the same way.
const STRING = String.raw`\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|$)`;
const SEQUENCE = new RegExp(`${CSI}|${STRING}`, "g");
// Every control character but tab and newline: C0, DEL and C1.
const CONTROL = new RegExp(String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f]`, "g");

// Any other escape: ESC and one character from @ to _ (ESC c, ESC 7...), or a lone ESC.
const OTHER = String.raw`\x1b[@-_]?`;
const ANY_ESCAPE = new RegExp(`${CSI}|${STRING}|${OTHER}`, "g");

/** Options for {@linkcode stripAnsi}. */
export interface StripAnsiOptions {
  /** Keep colour and style codes (SGR: `ESC [ … m`), for a reader that draws them; default false. */
  keepColours?: boolean;
}

/**
 * Removes ANSI escape sequences from text: colour and cursor codes (CSI), OSC, DCS, PM and APC
 * strings, and any other escape, leaving the rest as it is. The one ANSI stripper of the toolkit:
 * the report keeps the colour codes for its HTML, the runner drops them from a traceback.
 *
 * @param text The text.
 * @param options Whether to keep the colour codes.
 * @returns The text without escape sequences.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stripAnsi } from "./mod.ts";
 * assert.equal(stripAnsi("\x1b[31mred\x1b[0m\x1b[2J"), "red");
 * assert.equal(stripAnsi("\x1b[31mred\x1b]0;title\x07", { keepColours: true }), "\x1b[31mred");
 * ```
 */
export function stripAnsi(text: string, options: StripAnsiOptions = {}): string {
  return text.replace(
    ANY_ESCAPE,
    // deno-lint-ignore no-control-regex -- an SGR sequence starts with ESC
    (escape) => options.keepColours && /^\x1b\[[0-9;:]*m$/.test(escape) ? escape : "",
  );
}

/**
 * Makes text safe to print on a terminal: colour and cursor codes and OSC, DCS, PM and APC
 * strings (which can set the window title or write the clipboard, as OSC 52 does) are removed;
 * any other control character but tab and newline, including a carriage return and a lone ESC,
 * is shown as a `\x..` escape instead. Applying it twice changes nothing more.
 *
 * @param text Text that may come from a notebook, a kernel or a data file.
 * @returns The text, with nothing a terminal would act on.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { terminalText } from "./mod.ts";
 * assert.equal(terminalText("\x1b]52;c;aGk=\x07boom\x1b[2J\r"), "boom\\x0d");
 * ```
 */
export function terminalText(text: string): string {
  return text.replace(SEQUENCE, "").replace(
    CONTROL,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}
