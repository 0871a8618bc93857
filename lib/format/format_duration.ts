/**
 * A run time for people, the one way the runner's progress lines, its summary and the report
 * write it: seconds to one decimal under a minute (`0.4 s`, `12.3 s`), then minutes and whole
 * seconds (`2 min 05 s`). A negative time (a clock stepped back) reads as `0.0 s`.
 *
 * @param ms The time in milliseconds.
 * @returns The time in words.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatDuration } from "./mod.ts";
 * assert.equal(formatDuration(480), "0.5 s");
 * assert.equal(formatDuration(125_000), "2 min 05 s");
 * ```
 */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}
