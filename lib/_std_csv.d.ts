// Types for the two functions the toolkit uses from deno-std's CSV module (npm `deno-std`, plain
// JavaScript: the JSR package @std/csv built for npm, which ships no declarations). They follow
// @std/csv's own signatures, narrowed to what lib/data/_csv.ts passes.

/** Options of @std/csv's `parse`. */
export interface ParseOptions {
  /** The cell separator; default ",". */
  separator?: string;
  /** Allow a quote inside an unquoted cell; default false (a stray quote is an error). */
  lazyQuotes?: boolean;
  /** Cells per record: negative for any number, 0 for the first record's; default any. */
  fieldsPerRecord?: number;
}

/** Parses CSV text into records of text cells (RFC 4180); throws SyntaxError on bad quoting. */
export function parse(input: string, options?: ParseOptions): string[][];

/** Options of @std/csv's `stringify`. */
export interface StringifyOptions {
  /** Write a header row from `columns`; default true. */
  headers?: boolean;
  /** The cell separator; default ",". */
  separator?: string;
}

/** Writes records as CSV, quoting cells that hold the separator, a quote or a line feed. */
export function stringify(
  data: readonly (readonly string[])[],
  options?: StringifyOptions,
): string;
