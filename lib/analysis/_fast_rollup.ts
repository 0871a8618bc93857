// Private to lib/analysis: the figure sums the verbs' first rollup computes, over typed arrays
// instead of per-row expression calls. Each total matches Arquero's exactly: values are added in
// the same order (the table's scan order), a value is valid when neither null nor NaN, "any"
// is the first valid value met, and an approximate flag counts when truthy.
import { columnValues } from "./_column_codes.ts";
import { type Grouping } from "./_groups.ts";
import type { aq } from "../data/arquero.ts";

/** The columns a figure rollup reads (null: absent). `value: null` counts each row as 1. */
export interface FigureSources {
  value: string | null;
  approximate: string | null;
  missingReason: string | null;
}

/** Per-group totals over the rows the grouping keeps. */
export interface FigureTotals {
  count: Int32Array;
  valid: Int32Array;
  sum: Float64Array;
  approximate: Uint8Array;
  /** The first valid reason met in each group, or undefined (as Arquero's `op.any`). */
  reason: unknown[];
}

/** Adds up the figures of each group (rows the grouping left out are skipped). */
export function figureTotals(
  table: aq.ColumnTable,
  g: Grouping,
  sources: FigureSources,
): FigureTotals {
  const t: FigureTotals = {
    count: new Int32Array(g.size),
    valid: new Int32Array(g.size),
    sum: new Float64Array(g.size),
    approximate: new Uint8Array(g.size),
    reason: new Array(g.size).fill(undefined),
  };
  const value = sources.value === null ? null : columnValues(table, sources.value);
  const approximate = sources.approximate === null
    ? null
    : columnValues(table, sources.approximate);
  const reason = sources.missingReason === null ? null : columnValues(table, sources.missingReason);
  const { keys, scan } = g;
  const { count, valid, sum } = t;
  if (value === null && approximate === null && reason === null) {
    countRows(keys, scan, count);
    valid.set(count);
    for (let k = 0; k < g.size; k++) sum[k] = count[k];
    return t;
  }
  for (let i = 0; i < scan.length; i++) {
    const row = scan[i];
    const k = keys[row];
    if (k < 0) continue;
    count[k]++;
    if (value === null) {
      valid[k]++;
      sum[k] += 1;
    } else {
      const v = value[row];
      if (v != null && v === v) {
        valid[k]++;
        sum[k] += +(v as number);
      }
    }
    if (approximate !== null && approximate[row]) t.approximate[k] = 1;
    if (reason !== null && t.reason[k] === undefined) {
      const r = reason[row];
      if (r != null && r === r) t.reason[k] = r;
    }
  }
  return t;
}

// Rows per group, when that is all there is to add up (records counted one per row).
function countRows(keys: Int32Array, scan: ArrayLike<number>, count: Int32Array): void {
  for (let i = 0; i < scan.length; i++) {
    const k = keys[scan[i]];
    if (k >= 0) count[k]++;
  }
}

/** The sums as a column: null for a group with no valid value. */
export function sums(t: FigureTotals): (number | null)[] {
  return Array.from(t.sum, (s, k) => t.valid[k] > 0 ? s : null);
}

/** The first reasons as a column, null where the group has a valid value. */
export function reasons(t: FigureTotals): unknown[] {
  return t.reason.map((r, k) => t.valid[k] > 0 ? null : r);
}

/** The approximate flags as booleans. */
export function flags(t: FigureTotals): boolean[] {
  return Array.from(t.approximate, (a) => a === 1);
}
