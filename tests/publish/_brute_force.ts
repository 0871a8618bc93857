// Private to tests/publish: the reference answer to "which hidden counts can a reader work out?",
// by trying every table of whole numbers that fits what is published. Exponential, so for tables
// of a few rows only; lib/publish answers the same question with a max-flow.

/** A published table in plain arrays: per row its group, category, count (null when hidden). */
export interface Published {
  group: number[];
  category: number[];
  count: (number | null)[];
  /** Per group: its published total, or null. */
  groupTotal: (number | null)[];
  /** Per category: its published total across the groups, or null. */
  categoryTotal: (number | null)[];
  /** The least a hidden count can be (1 when zeros are never hidden). */
  lower: number;
}

/**
 * For each hidden row, every value it takes in some table that fits the published figures (up
 * to `cap`, for a count no total bounds).
 */
export function possibleValues(p: Published, cap: number): Map<number, Set<number>> {
  // A hidden count whose group total and category total are both unpublished is in no equation:
  // it can be anything from `lower` up, so it is not searched.
  const free = (row: number) =>
    p.groupTotal[p.group[row]] === null && p.categoryTotal[p.category[row]] === null;
  const unbounded = p.count.flatMap((c, row) => (c === null && free(row) ? [row] : []));
  const hidden = p.count.flatMap((c, row) => (c === null && !free(row) ? [row] : []));
  const groupLeft = p.groupTotal.map((t, g) =>
    t === null ? null : t - sumWhere(p, (row) => p.group[row] === g)
  );
  const categoryLeft = p.categoryTotal.map((t, c) =>
    t === null ? null : t - sumWhere(p, (row) => p.category[row] === c)
  );
  const seen = new Map(hidden.map((row) => [row, new Set<number>()]));
  const values = new Array<number>(hidden.length).fill(0);
  // Rows of a group: the last one still to fill lets its group's total be checked at once.
  const lastOfGroup = new Map<number, number>();
  hidden.forEach((row, i) => lastOfGroup.set(p.group[row], i));
  const lastOfCategory = new Map<number, number>();
  hidden.forEach((row, i) => lastOfCategory.set(p.category[row], i));
  const groupSum = p.groupTotal.map(() => 0);
  const categorySum = p.categoryTotal.map(() => 0);
  const groupsOk = (i: number, row: number) => {
    const g = p.group[row];
    const left = groupLeft[g];
    if (left === null) return true;
    return lastOfGroup.get(g) === i ? groupSum[g] === left : groupSum[g] <= left;
  };
  const categoriesOk = (i: number, row: number) => {
    const c = p.category[row];
    const left = categoryLeft[c];
    if (left === null) return true;
    return lastOfCategory.get(c) === i ? categorySum[c] === left : categorySum[c] <= left;
  };
  const fill = (i: number) => {
    if (i === hidden.length) {
      hidden.forEach((row, k) => seen.get(row)!.add(values[k]));
      return;
    }
    const row = hidden[i];
    for (let v = p.lower; v <= cap; v++) {
      values[i] = v;
      groupSum[p.group[row]] += v;
      categorySum[p.category[row]] += v;
      const ok = groupsOk(i, row) && categoriesOk(i, row);
      if (ok) fill(i + 1);
      groupSum[p.group[row]] -= v;
      categorySum[p.category[row]] -= v;
      // Sums only grow with v: once over a total, larger values are over it too.
      const g = groupLeft[p.group[row]];
      const c = categoryLeft[p.category[row]];
      if (
        (g !== null && groupSum[p.group[row]] + v > g) ||
        (c !== null && categorySum[p.category[row]] + v > c)
      ) {
        break;
      }
    }
  };
  fill(0);
  for (const row of unbounded) seen.set(row, new Set([p.lower, p.lower + 1]));
  return seen;
}

function sumWhere(p: Published, include: (row: number) => boolean): number {
  return p.count.reduce<number>((sum, c, row) => sum + (c !== null && include(row) ? c : 0), 0);
}

/** The hidden rows that take one value only, in row order, with that value. */
export function determinedByBruteForce(
  p: Published,
  cap: number,
): { row: number; value: number }[] {
  return [...possibleValues(p, cap)]
    .filter(([, values]) => values.size === 1)
    .map(([row, values]) => ({ row, value: [...values][0] }))
    .sort((a, b) => a.row - b.row);
}
