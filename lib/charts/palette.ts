/**
 * The toolkit's colours, in the order charts use them: the Government Analysis Function's
 * categorical palette for accessible charts (dark blue, turquoise, dark pink, orange, dark grey,
 * light purple). In this order each colour has a contrast ratio of at least 3:1 with the white
 * background and with the colours next to it (WCAG 2.2, non-text contrast), the last with the
 * first too, so series drawn side by side stay apart; {@linkcode paletteContrastProblems} checks
 * it. The one place chart colours are chosen.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PALETTE } from "./mod.ts";
 * assert.equal(PALETTE.length, 6);
 * assert.equal(PALETTE[0], "#12436D");
 * ```
 */
export const PALETTE: readonly string[] = Object.freeze([
  "#12436D", // dark blue
  "#28A197", // turquoise
  "#801650", // dark pink
  "#F46A25", // orange
  "#3D3D3D", // dark grey
  "#A285D1", // light purple
]);

/** The background of every chart. */
export const BACKGROUND = "#FFFFFF";

/**
 * Fill patterns for the series of a bar chart, in order, so that a series is told apart by its
 * pattern as well as its colour (colour is never the only cue): Plotly `marker.pattern.shape`
 * values, the first solid.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SERIES_PATTERNS } from "./mod.ts";
 * assert.equal(SERIES_PATTERNS[0], "");
 * ```
 */
export const SERIES_PATTERNS: readonly string[] = Object.freeze(["", "/", ".", "x", "-", "|"]);

/**
 * Marker symbols for the lines of a line chart, in order, so that a line is told apart by its
 * markers as well as its colour: Plotly `marker.symbol` values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SERIES_SYMBOLS } from "./mod.ts";
 * assert.equal(SERIES_SYMBOLS[1], "square");
 * ```
 */
export const SERIES_SYMBOLS: readonly string[] = Object.freeze([
  "circle",
  "square",
  "diamond",
  "triangle-up",
  "x",
  "star",
]);

/**
 * The WCAG 2.2 contrast ratio of two colours: (L1 + 0.05) / (L2 + 0.05), where L1 is the
 * relative luminance of the lighter, from 1 (the same) to 21 (black on white).
 *
 * @param a A colour as `#RRGGBB`.
 * @param b A colour as `#RRGGBB`.
 * @returns The ratio.
 * @throws {SyntaxError} For a colour not written `#RRGGBB`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contrastRatio } from "./mod.ts";
 * assert.equal(contrastRatio("#000000", "#FFFFFF"), 21);
 * assert.equal(contrastRatio("#12436D", "#12436D"), 1);
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// WCAG 2.2's relative luminance of an sRGB colour.
function luminance(colour: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (match === null) {
    throw new SyntaxError(`Cannot read colour "${colour}": expected #RRGGBB`);
  }
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Checks a palette for charts: each colour against the background, and each against the next
 * (the last against the first, as series wrap round), at the 3:1 that WCAG 2.2 asks of graphical
 * objects. Returns each pair that falls short, with its ratio.
 *
 * @param colours The colours in the order series take them; default {@linkcode PALETTE}.
 * @param background The background; default white.
 * @returns The pairs below 3:1; empty when the palette passes.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { paletteContrastProblems } from "./mod.ts";
 * assert.deepEqual(paletteContrastProblems(), []);
 * assert.equal(paletteContrastProblems(["#28A197", "#F46A25"]).length, 1); // turquoise, orange
 * ```
 */
export function paletteContrastProblems(
  colours: readonly string[] = PALETTE,
  background = BACKGROUND,
): { pair: [string, string]; ratio: number }[] {
  const pairs: [string, string][] = colours.map((c) => [c, background]);
  if (colours.length > 1) {
    colours.forEach((c, i) => {
      const next = colours[(i + 1) % colours.length];
      if (colours.length > 2 || i === 0) pairs.push([c, next]);
    });
  }
  return pairs
    .map((pair) => ({ pair, ratio: contrastRatio(pair[0], pair[1]) }))
    .filter(({ ratio }) => ratio < 3);
}
