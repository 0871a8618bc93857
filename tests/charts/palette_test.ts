import assert from "node:assert/strict";
import { PALETTE } from "../../lib/charts/mod.ts";

Deno.test("PALETTE holds the eight Okabe–Ito colours once each, frozen", () => {
  // Okabe & Ito, "Color Universal Design" (2008): the eight colours as sRGB hex.
  const okabeIto = [
    "#000000",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
  ];
  assert.deepEqual([...PALETTE].sort(), okabeIto.sort());
  assert.ok(Object.isFrozen(PALETTE));
});
