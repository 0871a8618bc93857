import type { aq } from "../data/arquero.ts";
import { missingSymbol } from "../format/missing.ts";
import { determinedCells } from "./_model.ts";
import { readShape } from "./_shape.ts";

/**
 * Options for {@linkcode disclosedCells}, and the first of `suppress()`'s: how to read a table of
 * counts.
 */
export interface DisclosedCellsOptions {
  /** The column of categories, e.g. `"ethnicity"` (required). */
  category: string;
  /** The columns whose values make the groups, e.g. `["service"]`; default none. */
  by?: string[];
  /** The column of counts; default `"count"` when the table has one, else `"value"`. */
  value?: string;
  /**
   * Whether each category's total across the groups is published beside the table (an "all
   * services" breakdown), so no hidden cell may be worked out from those either; default true
   * when there are groups. The result holds them in a `category_total` column.
   */
  categoryTotals?: boolean;
  /** Whether a count of 0 may be hidden too; default false (a hidden cell is then never 0). */
  zeros?: boolean;
}

/** A suppressed count that the published figures give away. */
export interface DisclosedCell {
  /** The row of the table (from 0). */
  row: number;
  /** The row's group and category, as `{ service: "A", sex: "Unknown" }`. */
  key: Record<string, unknown>;
  /** The only count the published figures allow it. */
  value: number;
}

/**
 * Checks a table as published: which of its suppressed counts (null, with a `[c]` reason) can
 * be worked out from what it shows. It reads only the published figures — the counts shown, each
 * group's `total`, its `known_total` (with `unknown`, as `breakdown()` gives them) and each
 * category's `category_total` across the groups — and asks, for each hidden count, whether every
 * set of counts that fits them gives it the same value. A hidden count is taken to be at least 1
 * (zeros are shown) unless `zeros` is set. Totals not in the table are taken as not published.
 *
 * The answer is exact: row and column sums make a transportation problem, whose extreme points
 * are whole numbers, so a max-flow decides it (lib/publish/_flow.ts); the tests compare it with
 * a search of every possible table.
 *
 * @param table The table to publish, such as {@linkcode suppress} returns.
 * @param options The category and group columns, as given to `suppress()`.
 * @returns The disclosed cells; empty when no suppressed count can be worked out.
 * @throws {TypeError} For a wrong shape, as `suppress()`.
 * @throws {RangeError} For a column the table does not have, or published counts that no set of
 * counts fits (more than their total).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { disclosedCells } from "./mod.ts";
 * // One count hidden in a group whose total is shown: 78 − 40 − 35 = 3.
 * const t = aq.table({
 *   sex: ["Female", "Male", "Unknown"],
 *   count: [40, 35, null],
 *   total: [78, 78, 78],
 *   missing_reason: [null, null, "[c] suppressed"],
 * });
 * assert.deepEqual(disclosedCells(t, { category: "sex" }), [
 *   { row: 2, key: { sex: "Unknown" }, value: 3 },
 * ]);
 * ```
 */
export function disclosedCells(
  table: aq.ColumnTable,
  options: DisclosedCellsOptions,
): DisclosedCell[] {
  const action = "check disclosure";
  const shape = readShape(action, table, options, []);
  const names = table.columnNames();
  const reasons = names.includes("missing_reason")
    ? table.array("missing_reason") as ArrayLike<unknown>
    : null;
  const hidden = shape.counts.map((c, row) =>
    c === null && reasons !== null && typeof reasons[row] === "string" &&
    missingSymbol(reasons[row] as string) === "[c]"
  );
  const firstOf = (name: string, size: number, of: number[]) => {
    const out = new Array<number | null>(size).fill(null);
    if (!names.includes(name)) return out;
    const column = table.array(name) as ArrayLike<unknown>;
    of.forEach((i, row) => {
      if (out[i] === null && typeof column[row] === "number") out[i] = column[row] as number;
    });
    return out;
  };
  const total = firstOf("total", shape.groups, shape.group);
  const known = firstOf("known_total", shape.groups, shape.group);
  // A group whose known total is not published is one line under its total.
  const lineTotals = new Array<number | null>(shape.lines).fill(null);
  const line = shape.line.map((l, row) =>
    shape.parts && known[shape.group[row]] === null ? shape.linesOf[shape.group[row]][0] : l
  );
  shape.linesOf.forEach((lines, g) => {
    if (lines.length === 1 || known[g] === null) lineTotals[lines[0]] = total[g];
    else if (total[g] !== null) {
      lineTotals[lines[0]] = known[g];
      lineTotals[lines[1]] = total[g]! - known[g]!;
    }
  });
  const found = determinedCells({
    line,
    column: shape.column,
    value: shape.counts.map((c, row) => (hidden[row] ? null : c)),
    hidden,
    lineTotals,
    columnTotals: firstOf("category_total", shape.columns, shape.column),
    lower: shape.zeros ? 0 : 1,
  });
  const keyOf = (row: number) =>
    Object.fromEntries([...shape.by, shape.category].map((n) => [n, table.get(n, row)]));
  return found.map(({ row, value }) => ({ row, key: keyOf(row), value }));
}
