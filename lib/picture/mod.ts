/**
 * Charts drawn as pictures: Plotly figures rendered to PNG by Plotly itself (the pinned
 * `plotly.js-dist`) in headless Chromium, driven by playwright-core. Both load only when the
 * first picture is drawn. The runner uses it to add a picture to every chart output of the
 * notebooks it executes, and `chart()` uses it in an interactive kernel.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHROMIUM_CANDIDATES, PICTURE_WIDTH } from "./mod.ts";
 * assert.ok(CHROMIUM_CANDIDATES.includes("/usr/bin/chromium"));
 * assert.ok(PICTURE_WIDTH > 0);
 * ```
 *
 * @module
 */
export * from "./find_chromium.ts";
export * from "./open_painter.ts";
export * from "./draw_picture.ts";
export type { Figure, JsonObject, JsonValue, Trace } from "../charts/figure.ts";
