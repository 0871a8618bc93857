import type { aq } from "../data/arquero.ts";
import { determinedCells, type Layout } from "./_model.ts";
import { numberAtLeast } from "../format/options.ts";
import { readShape, type Shape } from "./_shape.ts";
import type { DisclosedCellsOptions } from "./disclosed_cells.ts";

/** Options for {@linkcode suppress}. */
export interface SuppressOptions extends DisclosedCellsOptions {
  /** Counts from 1 to `threshold` − 1 are hidden (primary suppression); default 5. */
  threshold?: number;
  /**
   * Instead of hiding cells, round every count and total to the nearest multiple of this base
   * (e.g. 5), and work shares out from the rounded figures.
   */
  round?: number;
}

/**
 * The reason a hidden count is given: `[c]`, confidential, and the threshold. The same words for
 * a count below the threshold and for one hidden to protect it, so the table does not say which.
 *
 * @param threshold The threshold of primary suppression.
 * @returns The reason, for the `missing_reason` column.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { suppressionReason } from "./mod.ts";
 * assert.equal(
 *   suppressionReason(5),
 *   "[c] suppressed: a count below 5, or a figure that would reveal one",
 * );
 * ```
 */
export function suppressionReason(threshold: number): string {
  return `[c] suppressed: a count below ${threshold}, or a figure that would reveal one`;
}

/**
 * Statistical disclosure control for a table of counts of people, before it is published (GSS
 * and ONS practice): every count from 1 to `threshold` − 1 is hidden (primary suppression), then
 * further counts are hidden (secondary suppression) until no hidden count can be worked out from
 * what the table still shows: its group's total, the other counts of the group, its known total
 * (breakdown()'s `known_total`) and, by default, each category's total across the groups, shown
 * beside it. Where no other count protects it, a group's known total is hidden (with its
 * `share_known`: a lone unknown category is always the total less the known total). A group
 * whose total is itself below the threshold, or whose count cannot otherwise be protected, is
 * hidden whole, totals and all. Complements are the smallest counts that protect
 * the hidden ones, so as little as possible is lost; zeros are never hidden unless `zeros` is
 * set (so a reader knows each hidden count is at least 1, and the check assumes so).
 *
 * A hidden count is null, never 0, with the reason `[c] suppressed: …` in `missing_reason` (a
 * table shows it as `[c]`); its `share`, `share_known` and `small` are null too. The result keeps
 * every row and column, and adds `total` (each group's total, when the table has none) and
 * `category_total` (each category's total across the groups, when those are published) so that
 * {@linkcode disclosedCells} can check it from the published figures alone. With `round`,
 * nothing is hidden: counts and totals are rounded to the base and shares worked out afresh.
 *
 * @param table A table of counts, one row per group and category, such as `breakdown()` gives.
 * @param options The category and group columns, the threshold or rounding base.
 * @returns The table to publish.
 * @throws {TypeError} For a wrong shape: not a table, an unknown option, a count that is not a
 * whole number.
 * @throws {RangeError} For a column the table does not have, a threshold or base that is not a
 * whole number from 1 (2 for a base), or a category repeated within a group.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { disclosedCells, suppress } from "./mod.ts";
 * const t = aq.table({
 *   service: ["A", "A", "A", "B", "B", "B"],
 *   sex: ["Female", "Male", "Unknown", "Female", "Male", "Unknown"],
 *   count: [40, 35, 3, 22, 30, 6],
 * });
 * const out = suppress(t, { by: ["service"], category: "sex" });
 * // 3 is below 5; 6 hides it within B's total and the Unknown total; so do 35 and 30 for Male.
 * assert.deepEqual(out.array("count"), [40, null, null, 22, null, null]);
 * assert.deepEqual(out.array("total"), [78, 78, 78, 58, 58, 58]);
 * assert.deepEqual(disclosedCells(out, { by: ["service"], category: "sex" }), []);
 * ```
 */
export function suppress(table: aq.ColumnTable, options: SuppressOptions): aq.ColumnTable {
  const action = "suppress table";
  const shape = readShape(action, table, options, ["threshold", "round"]);
  if (options.round != null) {
    if (options.threshold != null) {
      throw new TypeError(
        `Cannot ${action}: give "threshold" to hide small counts or "round" to round every ` +
          `count, not both`,
      );
    }
    const base = numberAtLeast(action, "round", options.round, 2, { min: 2, integer: true });
    return rounded(table, shape, base);
  }
  const threshold = numberAtLeast(action, "threshold", options.threshold, 5, {
    min: 1,
    integer: true,
  });
  const totals = publishedTotals(table, shape);
  const state = primary(shape, totals, threshold);
  protect(shape, totals, state);
  return published(table, shape, totals, state, suppressionReason(threshold));
}

interface Totals {
  group: (number | null)[];
  known: (number | null)[];
  category: number[] | null;
}

interface State {
  hidden: boolean[];
  groupHidden: boolean[];
  // Categories whose total across the groups is hidden too (shown as [c] beside the table).
  columnHidden: boolean[];
  // Groups whose known total is hidden (with their share_known), so their known and unknown
  // counts are one line under the group's total.
  knownHidden: boolean[];
}

// Each group's total and known total as the table states them (breakdown()'s `total` and
// `known_total`), or the sums of its counts; each category's total across the groups.
function publishedTotals(table: aq.ColumnTable, shape: Shape): Totals {
  const names = table.columnNames();
  const stated = (name: string) => {
    const out = new Array<number | null>(shape.groups).fill(null);
    if (!names.includes(name)) return null;
    const column = table.array(name) as ArrayLike<unknown>;
    shape.group.forEach((g, row) => {
      if (out[g] === null && typeof column[row] === "number") out[g] = column[row] as number;
    });
    return out;
  };
  const sums = (include: (row: number) => boolean, size: number, of: number[]) => {
    const out = new Array<number>(size).fill(0);
    shape.counts.forEach((c, row) => {
      if (c !== null && include(row)) out[of[row]] += c;
    });
    return out;
  };
  const all = () => true;
  const group = stated("total") ?? sums(all, shape.groups, shape.group);
  const known = shape.parts ? stated("known_total")! : group.map(() => null);
  const category = shape.categoryTotals ? sums(all, shape.columns, shape.column) : null;
  return { group, known, category };
}

function primary(shape: Shape, totals: Totals, threshold: number): State {
  const small = (c: number | null) => c !== null && (c > 0 || shape.zeros) && c < threshold;
  const groupHidden = totals.group.map((t) => t !== null && t > 0 && t < threshold);
  const hidden = shape.counts.map((c, row) =>
    small(c) || (groupHidden[shape.group[row]] && c !== null && (c > 0 || shape.zeros))
  );
  // A category's total below the threshold is itself a small count, hidden where it is shown.
  const columnHidden = (totals.category ?? []).map((t) => t > 0 && t < threshold);
  const knownHidden = totals.group.map(() => false);
  return { hidden, groupHidden, columnHidden, knownHidden };
}

// Secondary suppression: while a hidden count can be worked out, take the move that leaves the
// fewest hidden counts that can be worked out: hiding one of the smallest counts beside it (in its
// line, or in its column when category totals are published), or its group's known total (a lone
// unknown category is always the total less the known total), smaller counts first on a tie.
// With none, hide its group; failing that, its category's total (shown as [c] beside the table).
function protect(shape: Shape, totals: Totals, state: State): void {
  const limit = shape.counts.length + 2 * shape.groups + shape.columns;
  for (let round = 0; round <= limit; round++) {
    const current = layout(shape, totals, state);
    const found = determinedCells(current);
    if (found.length === 0) return;
    const row = found[0].row;
    const group = shape.group[row];
    const candidates = shape.counts
      .map((count, j) => ({ count, j }))
      .filter(({ count, j }) =>
        !state.hidden[j] && count !== null && (count > 0 || shape.zeros) &&
        !state.groupHidden[shape.group[j]] &&
        (current.line[j] === current.line[row] ||
          (totals.category !== null && !state.columnHidden[shape.column[row]] &&
            shape.column[j] === shape.column[row]))
      )
      .sort((a, b) => (a.count! - b.count!) || (a.j - b.j));
    // Each move is scored by how many hidden counts can still be worked out after it; the best
    // of the smallest few counts beside it, or of hiding the group's known total, is taken.
    const moves: { score: number; apply: () => void }[] = candidates.slice(0, 8).map(({ j }) => {
      state.hidden[j] = true;
      const score = determinedCells(layout(shape, totals, state)).length;
      state.hidden[j] = false;
      return { score, apply: () => (state.hidden[j] = true) };
    });
    if (shape.parts && !state.knownHidden[group] && totals.known[group] !== null) {
      state.knownHidden[group] = true;
      const score = determinedCells(layout(shape, totals, state)).length;
      state.knownHidden[group] = false;
      moves.push({ score, apply: () => (state.knownHidden[group] = true) });
    }
    const best = moves.reduce<typeof moves[number] | null>(
      (a, b) => (a === null || b.score < a.score ? b : a),
      null,
    );
    if (best !== null) best.apply();
    else if (!state.groupHidden[group]) hideGroup(shape, state, group);
    else state.columnHidden[shape.column[row]] = true;
  }
  // Each round hides a count, a known total, a group or a category total, so the rounds run out
  // only when all are hidden, and then nothing can be worked out.
  throw new RangeError("Cannot suppress table: no pattern of hidden counts protects it");
}

function hideGroup(shape: Shape, state: State, group: number): void {
  state.groupHidden[group] = true;
  shape.counts.forEach((c, row) => {
    if (shape.group[row] === group && c !== null && (c > 0 || shape.zeros)) {
      state.hidden[row] = true;
    }
  });
}

function layout(shape: Shape, totals: Totals, state: State): Layout {
  const lineTotals = new Array<number | null>(shape.lines).fill(null);
  const merged = (g: number) => state.knownHidden[g] || totals.known[g] === null;
  shape.linesOf.forEach((lines, g) => {
    if (state.groupHidden[g] || totals.group[g] === null) return;
    if (lines.length === 1 || merged(g)) lineTotals[lines[0]] = totals.group[g];
    else {
      lineTotals[lines[0]] = totals.known[g];
      lineTotals[lines[1]] = totals.group[g]! - totals.known[g]!;
    }
  });
  return {
    // A group whose known total is hidden is one line.
    line: shape.line.map((l, row) => {
      const g = shape.group[row];
      return shape.parts && merged(g) ? shape.linesOf[g][0] : l;
    }),
    column: shape.column,
    value: shape.counts.map((c, row) => (state.hidden[row] ? null : c)),
    hidden: state.hidden,
    lineTotals,
    columnTotals: totals.category === null
      ? new Array(shape.columns).fill(null)
      : totals.category.map((t, c) => (state.columnHidden[c] ? null : t)),
    lower: shape.zeros ? 0 : 1,
  };
}

// The table with hidden counts null and their reason given, their shares and flags null, a hidden
// group's totals null, and the totals the check reads.
function published(
  table: aq.ColumnTable,
  shape: Shape,
  totals: Totals,
  state: State,
  reason: string,
): aq.ColumnTable {
  const names = table.columnNames();
  const hide = (name: string) => {
    const column = Array.from(table.array(name) as ArrayLike<unknown>);
    return column.map((v, row) => (state.hidden[row] ? null : v));
  };
  const hideGroupTotals = (name: string, fallback: (number | null)[]) => {
    const column = names.includes(name)
      ? Array.from(table.array(name) as ArrayLike<unknown>)
      : shape.group.map((g) => fallback[g]);
    return column.map((v, row) => (state.groupHidden[shape.group[row]] ? null : v));
  };
  const reasons = names.includes("missing_reason")
    ? Array.from(table.array("missing_reason") as ArrayLike<unknown>)
    : shape.counts.map(() => null);
  const columns: Record<string, unknown[]> = {
    [shape.value]: hide(shape.value),
    missing_reason: reasons.map((r, row) => (state.hidden[row] ? reason : r)),
    total: hideGroupTotals("total", totals.group),
  };
  for (const name of ["share", "share_known", "small"]) {
    if (names.includes(name)) columns[name] = hide(name);
  }
  if (shape.parts) {
    // A hidden known total takes its group's shares of it along: they would give it back.
    const knownOut = (v: unknown, row: number) => state.knownHidden[shape.group[row]] ? null : v;
    columns.known_total = hideGroupTotals("known_total", totals.known).map(knownOut);
    if (names.includes("share_known")) columns.share_known = columns.share_known.map(knownOut);
  }
  if (totals.category !== null) {
    columns.category_total = shape.column.map((c) =>
      state.columnHidden[c] ? null : totals.category![c]
    );
  }
  return table.assign(columns);
}

// Rounding to a base: every count and total to the nearest multiple (halves up), shares from the
// rounded figures, so no figure shown is exact.
function rounded(table: aq.ColumnTable, shape: Shape, base: number): aq.ColumnTable {
  const names = table.columnNames();
  const round = (v: number | null) => (v === null ? null : Math.round(v / base) * base);
  const totals = publishedTotals(table, shape);
  const counts = shape.counts.map(round);
  const total = shape.group.map((g) => round(totals.group[g]));
  const columns: Record<string, unknown[]> = { [shape.value]: counts, total };
  const share = (part: number | null, whole: number | null) =>
    part === null || whole === null || whole === 0 ? null : (part / whole) * 100;
  if (names.includes("share")) columns.share = counts.map((c, row) => share(c, total[row]));
  if (shape.parts) {
    const known = shape.group.map((g) => round(totals.known[g]));
    columns.known_total = known;
    if (names.includes("share_known")) {
      const unknown = table.array("unknown") as ArrayLike<unknown>;
      columns.share_known = counts.map((c, row) =>
        unknown[row] === true ? null : share(c, known[row])
      );
    }
  }
  if (totals.category !== null) {
    columns.category_total = shape.column.map((c) => round(totals.category![c]));
  }
  return table.assign(columns);
}
