import { escapeHtml } from "../display/escape_html.ts";

const NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];
// SGR sequences are kept for styling; every other escape sequence (cursor moves, OSC titles) is
// dropped, as a static page cannot act on it.
// deno-lint-ignore no-control-regex
const ESCAPES = /\x1b\[([0-9;:?]*)([ -/]*[@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]?/g;

type Colour = { className: string } | { rgb: string } | null;

interface Style {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fg: Colour;
  bg: Colour;
}

const PLAIN: Style = { bold: false, italic: false, underline: false, fg: null, bg: null };

/**
 * Turns terminal text with ANSI SGR colour codes into HTML: the text is escaped first, then
 * styled runs become `<span>`s. The 16 standard colours (30–37, 90–97 and 40–47, 100–107 for
 * backgrounds) become classes (`ansi-red`, `ansi-bright-blue`, `ansi-bg-red`), so the site's
 * stylesheet picks the shades; 256-colour (`38;5;n`) and true-colour (`38;2;r;g;b`) codes
 * become an inline `rgb()` colour. Bold, italic, underline and reset (0, 22–24, 39, 49) are
 * understood; other escape sequences are removed.
 *
 * @param text Text as a kernel or terminal wrote it.
 * @returns HTML for inside a `<pre>`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ansiToHtml } from "./mod.ts";
 * assert.equal(
 *   ansiToHtml("\u001b[1;31mError\u001b[0m: <b>"),
 *   '<span class="ansi-bold ansi-red">Error</span>: &lt;b&gt;',
 * );
 * ```
 */
export function ansiToHtml(text: string): string {
  let style = PLAIN;
  let html = "";
  let last = 0;
  for (const match of text.matchAll(ESCAPES)) {
    html += styled(text.slice(last, match.index), style);
    last = match.index + match[0].length;
    if (match[2] === "m") style = applySgr(style, match[1]);
  }
  return html + styled(text.slice(last), style);
}

function styled(text: string, style: Style): string {
  if (text === "") return "";
  const classes: string[] = [];
  const css: string[] = [];
  if (style.bold) classes.push("ansi-bold");
  if (style.italic) classes.push("ansi-italic");
  if (style.underline) classes.push("ansi-underline");
  for (
    const [colour, prefix, property] of [[style.fg, "", "color"], [
      style.bg,
      "bg-",
      "background-color",
    ]] as const
  ) {
    if (colour === null) continue;
    if ("className" in colour) classes.push(`ansi-${prefix}${colour.className}`);
    else css.push(`${property}:${colour.rgb}`);
  }
  if (classes.length === 0 && css.length === 0) return escapeHtml(text);
  const classAttr = classes.length > 0 ? ` class="${classes.join(" ")}"` : "";
  const styleAttr = css.length > 0 ? ` style="${css.join(";")}"` : "";
  return `<span${classAttr}${styleAttr}>${escapeHtml(text)}</span>`;
}

function applySgr(start: Style, params: string): Style {
  const codes = params === "" ? [0] : params.split(/[;:]/).map((p) => p === "" ? 0 : Number(p));
  let style = { ...start };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === 0) style = { ...PLAIN };
    else if (code === 1) style.bold = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 22) style.bold = false;
    else if (code === 23) style.italic = false;
    else if (code === 24) style.underline = false;
    else if (code >= 30 && code <= 37) style.fg = { className: NAMES[code - 30] };
    else if (code >= 90 && code <= 97) style.fg = { className: `bright-${NAMES[code - 90]}` };
    else if (code >= 40 && code <= 47) style.bg = { className: NAMES[code - 40] };
    else if (code >= 100 && code <= 107) style.bg = { className: `bright-${NAMES[code - 100]}` };
    else if (code === 39) style.fg = null;
    else if (code === 49) style.bg = null;
    else if (code === 38 || code === 48) {
      const [colour, used] = extendedColour(codes, i + 1);
      if (code === 38) style.fg = colour;
      else style.bg = colour;
      i += used;
    }
  }
  return style;
}

// Reads `5;n` or `2;r;g;b` after a 38/48; returns the colour (null when malformed) and how many
// codes it used, so the rest of the sequence still applies.
function extendedColour(codes: number[], at: number): [Colour, number] {
  if (codes[at] === 5) {
    const n = codes[at + 1];
    return [Number.isInteger(n) && n >= 0 && n <= 255 ? colour256(n) : null, 2];
  }
  if (codes[at] === 2) {
    const rgb = codes.slice(at + 1, at + 4);
    const ok = rgb.length === 3 && rgb.every((v) => Number.isInteger(v) && v >= 0 && v <= 255);
    return [ok ? { rgb: `rgb(${rgb.join(",")})` } : null, 4];
  }
  return [null, 0];
}

function colour256(n: number): Colour {
  if (n < 8) return { className: NAMES[n] };
  if (n < 16) return { className: `bright-${NAMES[n - 8]}` };
  if (n >= 232) {
    const grey = 8 + (n - 232) * 10;
    return { rgb: `rgb(${grey},${grey},${grey})` };
  }
  const i = n - 16;
  const level = (v: number) => (v === 0 ? 0 : 55 + v * 40);
  return {
    rgb: `rgb(${level(Math.floor(i / 36))},${level(Math.floor(i / 6) % 6)},${level(i % 6)})`,
  };
}
