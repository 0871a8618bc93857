/**
 * Whole calendar months from a first day to a last day, both ISO dates: 2023-10-01 to
 * 2024-09-30 is 12. Throws when the period does not start on a 1st and end on a month's last day.
 */
export function wholeMonths(first: string, last: string): number {
  const start = new Date(`${first}T00:00:00Z`);
  const after = new Date(`${last}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  if (Number.isNaN(start.getTime()) || Number.isNaN(after.getTime())) {
    throw new RangeError(`Cannot count months from "${first}" to "${last}": not ISO dates`);
  }
  if (start.getUTCDate() !== 1 || after.getUTCDate() !== 1) {
    throw new RangeError(
      `Cannot count months from "${first}" to "${last}": the period is not whole months`,
    );
  }
  return (after.getUTCFullYear() - start.getUTCFullYear()) * 12 +
    (after.getUTCMonth() - start.getUTCMonth());
}

/**
 * Years from one partial date (`2026-03`, `2028`) to another, to the precision of the coarser:
 * months apart over 12 when both give a month, else the difference of the years.
 */
export function yearsBetween(from: string, to: string): number {
  const [a, b] = [from, to].map((d) => /^(\d{4})(?:-(\d{2}))?/.exec(d));
  if (a === null || b === null) {
    throw new RangeError(`Cannot count years from "${from}" to "${to}": not partial ISO dates`);
  }
  if (a[2] !== undefined && b[2] !== undefined) {
    return ((Number(b[1]) - Number(a[1])) * 12 + Number(b[2]) - Number(a[2])) / 12;
  }
  return Number(b[1]) - Number(a[1]);
}
