import assert from "node:assert/strict";
import {
  contrastRatio,
  PALETTE,
  paletteContrastProblems,
  SERIES_PATTERNS,
  SERIES_SYMBOLS,
} from "../../lib/charts/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("PALETTE is the Analysis Function's categorical palette in its order, frozen", () => {
  // Government Analysis Function, "Data visualisation: colours", categorical palette.
  assert.deepEqual(PALETTE, ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"]);
  assert.ok(Object.isFrozen(PALETTE));
});

// WCAG 2.2 relative luminance, written out for one colour: #F46A25 is (244, 106, 37).
// 244/255 = 0.95686 → ((0.95686 + 0.055) / 1.055)^2.4 = 0.90466
// 106/255 = 0.41569 → ((0.41569 + 0.055) / 1.055)^2.4 = 0.14413
//  37/255 = 0.14510 → ((0.14510 + 0.055) / 1.055)^2.4 = 0.01850
// L = 0.2126 × 0.90466 + 0.7152 × 0.14413 + 0.0722 × 0.01850 = 0.29675
// against white (L = 1): 1.05 / 0.34675 = 3.028
Deno.test("contrastRatio() computes WCAG 2.2's ratio from relative luminance", () => {
  assert.ok(Math.abs(contrastRatio("#F46A25", "#FFFFFF") - 3.028) < 0.001);
  assert.equal(contrastRatio("#FFFFFF", "#F46A25"), contrastRatio("#F46A25", "#FFFFFF"));
  assert.equal(contrastRatio("#000000", "#FFFFFF"), 21); // (1 + 0.05) / (0 + 0.05)
  assertThrowsWith(
    () => contrastRatio("blue", "#FFFFFF"),
    SyntaxError,
    'Cannot read colour "blue": expected #RRGGBB',
  );
});

Deno.test("every colour of PALETTE has 3:1 contrast with white and with the colours next to it", () => {
  for (const colour of PALETTE) assert.ok(contrastRatio(colour, "#FFFFFF") >= 3, colour);
  PALETTE.forEach((colour, i) => {
    const next = PALETTE[(i + 1) % PALETTE.length];
    assert.ok(contrastRatio(colour, next) >= 3, `${colour} beside ${next}`);
  });
  assert.deepEqual(paletteContrastProblems(), []);
});

Deno.test("paletteContrastProblems() names the pairs below 3:1, such as the old Okabe–Ito yellow", () => {
  const problems = paletteContrastProblems(["#0072B2", "#F0E442"]);
  // Yellow on white is about 1.3:1; blue beside yellow passes.
  assert.deepEqual(problems.map((p) => p.pair), [["#F0E442", "#FFFFFF"]]);
  assert.ok(problems[0].ratio < 1.4);
});

Deno.test("series have patterns and marker symbols as well as colours, each distinct", () => {
  assert.equal(new Set(SERIES_PATTERNS).size, PALETTE.length);
  assert.equal(new Set(SERIES_SYMBOLS).size, PALETTE.length);
});
