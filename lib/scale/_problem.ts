// Private to lib/scale: one wording for every problem found in a referral file, naming the file,
// the line (CSV) or row, the column and the bad value.

/** Where a problem is: a CSV line and data row, or only a row (columnar files). */
export interface Place {
  file: string;
  line?: number;
  row?: number;
  column?: string;
}

/** The message for a problem at `place` with `value` (omitted when undefined). */
export function problem(place: Place, what: string, value?: unknown): string {
  const where: string[] = [];
  if (place.line !== undefined) where.push(`line ${place.line}`);
  if (place.row !== undefined) {
    where.push(place.line === undefined ? `row ${place.row}` : `(row ${place.row})`);
  }
  const at = where.length === 0 ? "" : ` ${where.join(" ")}`;
  const column = place.column === undefined
    ? ""
    : `${at === "" ? "" : ","} column "${place.column}"`;
  const shown = value === undefined ? "" : `: ${JSON.stringify(value)}`;
  return `Cannot load referrals from "${place.file}":${at}${column}${shown} ${what}`;
}

/**
 * `error` as it is when it is already one of the loader's (its message names `file`), else a
 * SyntaxError saying `what` and naming the file, with the package's message in brackets.
 */
export function named(error: unknown, file: string, what: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && message.startsWith(problem({ file }, "").trimEnd())) return error;
  return new SyntaxError(problem({ file }, `${what} (${message})`), { cause: error });
}
