// Private to lib/publish: a published table of counts as the equations a reader can write from
// it. Each row of the table is a cell in a line (a group, or the known or unknown part of a group
// when its known total is published too) and a column (its category). A line's published total
// fixes the sum of its cells, and so does a column's (a category's total across the groups,
// shown beside the table); a total not published fixes nothing. A hidden cell's count is then
// known to lie between `lower` (1 when zeros are never hidden, since a hidden cell is not 0) and
// whatever the totals leave.
import { type Bounded, circulation, UNBOUNDED } from "./_flow.ts";

export interface Layout {
  /** Per row of the table: its line, its column, its published count or null, whether hidden. */
  line: readonly number[];
  column: readonly number[];
  value: readonly (number | null)[];
  hidden: readonly boolean[];
  /** The published total of each line and each column, or null when not published. */
  lineTotals: readonly (number | null)[];
  columnTotals: readonly (number | null)[];
  /** The least a hidden cell can be: 1 when zeros are published, 0 when they may be hidden. */
  lower: number;
}

/** A hidden cell that the published figures determine, and the count they give it. */
export interface Determined {
  row: number;
  value: number;
}

/**
 * The hidden cells (of `only`, when given) whose count every reading of the published figures
 * agrees on.
 *
 * @throws {RangeError} When no counts fit the published figures (the table contradicts itself).
 */
export function determinedCells(layout: Layout, only?: readonly number[]): Determined[] {
  const hidden = layout.hidden.flatMap((h, row) => (h ? [row] : []));
  if (hidden.length === 0) return [];
  const edges = network(layout, hidden);
  const base = circulation(nodeCount(layout), edges);
  if (base === null) {
    throw new RangeError("no counts fit the published totals: the table contradicts itself");
  }
  const out: Determined[] = [];
  hidden.forEach((row, k) => {
    if (only !== undefined && !only.includes(row)) return;
    const value = base[k];
    const edge = edges[k];
    const up = circulation(nodeCount(layout), replace(edges, k, { ...edge, low: value + 1 }));
    if (up !== null) return;
    const down = value - 1 >= edge.low
      ? circulation(nodeCount(layout), replace(edges, k, { ...edge, high: value - 1 }))
      : null;
    if (down === null) out.push({ row, value });
  });
  return out;
}

// Nodes: 0 the source, 1 the sink, then the lines, then the columns. The hidden cells' edges
// come first, in the order of `hidden`.
function network(layout: Layout, hidden: number[]): Bounded[] {
  const lines = layout.lineTotals.length;
  const lineLeft = residuals(layout.lineTotals, layout.line, layout);
  const columnLeft = residuals(layout.columnTotals, layout.column, layout);
  const edges: Bounded[] = hidden.map((row) => ({
    from: 2 + layout.line[row],
    to: 2 + lines + layout.column[row],
    low: layout.lower,
    high: UNBOUNDED,
  }));
  lineLeft.forEach((left, l) => edges.push(fixed(0, 2 + l, left)));
  columnLeft.forEach((left, c) => edges.push(fixed(2 + lines + c, 1, left)));
  edges.push({ from: 1, to: 0, low: 0, high: UNBOUNDED });
  return edges;
}

function nodeCount(layout: Layout): number {
  return 2 + layout.lineTotals.length + layout.columnTotals.length;
}

// What each published total leaves for its hidden cells, or null when it is not published.
function residuals(
  totals: readonly (number | null)[],
  of: readonly number[],
  layout: Layout,
): (number | null)[] {
  const left = [...totals];
  layout.value.forEach((value, row) => {
    const i = of[row];
    if (value !== null && left[i] !== null) left[i] = (left[i] as number) - value;
  });
  if (left.some((l) => l !== null && l < 0)) {
    throw new RangeError("the published counts add up to more than their published total");
  }
  return left;
}

function fixed(from: number, to: number, amount: number | null): Bounded {
  return amount === null
    ? { from, to, low: 0, high: UNBOUNDED }
    : { from, to, low: amount, high: amount };
}

function replace(edges: Bounded[], k: number, edge: Bounded): Bounded[] {
  const copy = [...edges];
  copy[k] = edge;
  return copy;
}
