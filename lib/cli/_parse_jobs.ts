/**
 * The `--jobs N` option that `deno task nb run` and `deno task reproduce` share.
 *
 * @module
 */

/**
 * Reads the value of `--jobs`: how many notebooks run at once.
 *
 * @throws {RangeError} When it is not a whole number of 1 or more; the message quotes it.
 */
export function parseJobs(text: string): number {
  const jobs = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(jobs) && jobs >= 1) return jobs;
  throw new RangeError(`Cannot parse --jobs "${text}": expected a whole number, 1 or more`);
}
