// Private to lib/ingest: the document as lines that keep their place in the source, so every
// figure can cite its line and character span even after HTML tags and entities are removed.

import { countBefore } from "./_halving.ts";
import type { SourceSpan } from "./types.ts";

/** One line of text to scan, and where each of its characters came from. */
export interface TextLine {
  /** The 1-based source line of its first character. */
  line: number;
  /** The text to read: spaces for odd whitespace, HTML tags removed and entities decoded. */
  text: string;
  /** The source offset of each character; null when `text` is source line `line` itself. */
  origin: number[] | null;
}

/** The offsets at which each source line starts, for turning an offset into a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The source line (1-based) and column of an offset. */
export function lineOf(starts: readonly number[], offset: number): { line: number; col: number } {
  const low = Math.max(0, countBefore(starts.length, (i) => starts[i] <= offset) - 1);
  return { line: low + 1, col: offset - starts[low] };
}

/** Where characters `from`..`to` (end exclusive) of a line are in the source. */
export function locate(
  starts: readonly number[],
  text: TextLine,
  from: number,
  to: number,
): SourceSpan {
  if (text.origin === null) return { line: text.line, start: from, end: to };
  const first = lineOf(starts, text.origin[from] ?? 0);
  const lastOffset = (text.origin[Math.max(from, to - 1)] ?? 0) + 1;
  return { line: first.line, start: first.col, end: first.col + lastOffset - text.origin[from] };
}

// No-break, figure, thin and narrow no-break spaces: documents pasted from Word carry them inside
// amounts ("£20,000"), and they are one UTF-16 unit each, so columns do not move.
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/** Splits plain text (or markdown) into lines, columns unchanged. */
export function plainLines(text: string): TextLine[] {
  return text.split("\n").map((raw, i) => ({
    line: i + 1,
    text: raw.replace(/\r$/, "").replace(ODD_SPACES, " "),
    origin: null,
  }));
}

// Web and mail addresses hold digits that are never figures (foi/2024/123, nopcc@…); blanking
// them keeps every other column where it was.
// A mail address starts where a run of its characters starts: tried from inside the run, a long
// word with no @ would be scanned once per character.
const LINKS =
  /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\]\([^)\s]*\)/gi;

/** The text with web and mail addresses replaced by spaces of the same length. */
export function maskLinks(text: string): string {
  return text.replace(LINKS, (link) => " ".repeat(link.length));
}
