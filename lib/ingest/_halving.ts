// Private to lib/ingest: the one binary search the readers share (lines by offset, sentences,
// mentions and cells in order), so a long document is read in n log n, never n².

/**
 * How many of the first `count` items pass `isBefore`, for a test that passes a prefix of them
 * and fails the rest: the index of the first that fails.
 */
export function countBefore(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
