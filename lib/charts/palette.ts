/**
 * The toolkit's colours, in the order charts use them: the Okabe–Ito palette, chosen to stay
 * distinguishable under the common colour-vision deficiencies. Yellow and black come last
 * because yellow is faint on white and black reads as text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PALETTE } from "./mod.ts";
 * assert.equal(PALETTE.length, 8);
 * assert.equal(PALETTE[0], "#0072B2");
 * ```
 */
export const PALETTE: readonly string[] = Object.freeze([
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#D55E00", // vermillion
  "#56B4E9", // sky blue
  "#CC79A7", // reddish purple
  "#F0E442", // yellow
  "#000000", // black
]);
