import assert from "node:assert/strict";
import { columnFormat } from "../../lib/format/mod.ts";

// The columns of yoyChange(), reconcile(), shareOf() and coverage(), as their JSDoc lists them.
const YOY = ["financial_year", "value", "base_value", "change", "pct_change", "cagr", "gap_years"];
const RECONCILE = ["section", "stated", "computed", "difference", "tolerance", "status", "parts"];
const SHARE_OF = ["part", "whole", "share", "stated_share", "difference", "consistent"];
const COVERAGE = ["parts_total", "headline", "coverage", "difference", "status", "cells"];

Deno.test("columnFormat() writes yoyChange()'s changes signed: pounds by unit, percentages to one decimal", () => {
  const formats = YOY.map((name) => columnFormat(name, YOY));
  assert.deepEqual(formats, [
    null,
    { format: "unit", signed: false, delta: false },
    { format: "unit", signed: false, delta: false },
    { format: "unit", signed: true, delta: true },
    { format: "percent", signed: true, delta: false },
    { format: "percent", signed: true, delta: false },
    { format: "count", signed: false, delta: false },
  ]);
});

Deno.test("columnFormat() reads difference by the table it is in", () => {
  assert.deepEqual(columnFormat("difference", SHARE_OF), {
    format: "points",
    signed: true,
    delta: true,
  });
  assert.equal(columnFormat("difference", RECONCILE)?.format, "unit");
  assert.equal(columnFormat("difference", COVERAGE)?.format, "unit");
});

Deno.test("columnFormat() names shares, counts and figures, and leaves other columns as they are", () => {
  assert.deepEqual(
    SHARE_OF.map((name) => columnFormat(name, SHARE_OF)?.format ?? null),
    ["unit", "unit", "percent", "percent", "points", null],
  );
  assert.deepEqual(
    RECONCILE.map((name) => columnFormat(name, RECONCILE)?.format ?? null),
    [null, "unit", "unit", "unit", "unit", null, "count"],
  );
  assert.equal(columnFormat("tolerance", RECONCILE)?.delta, true);
  assert.equal(columnFormat("coverage", COVERAGE)?.format, "percent");
  assert.equal(columnFormat("line", ["line"]), null);
  assert.equal(columnFormat("age", ["age"]), null);
});
