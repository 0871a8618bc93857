import { parseCount } from "../parse/count.ts";
import { parseNumberWord } from "../parse/number_word.ts";

/** The text of a 1-based line of a document. */
export function lineOf(text: string, line: number): string {
  const lines = text.split("\n");
  if (!Number.isInteger(line) || line < 1 || line > lines.length) {
    throw new RangeError(`Cannot read line "${line}": the document has ${lines.length} lines`);
  }
  return lines[line - 1];
}

/** The first line matching a pattern, with its 1-based number and the match. */
export function findLine(
  text: string,
  pattern: RegExp,
): { line: number; match: RegExpExecArray } {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = pattern.exec(lines[i]);
    if (match !== null) return { line: i + 1, match };
  }
  throw new SyntaxError(`Cannot find "${pattern.source}" in the document`);
}

/** A pattern's match on a given line, for a figure a dataset row points at. */
export function matchLine(text: string, line: number, pattern: RegExp): RegExpExecArray {
  const match = pattern.exec(lineOf(text, line));
  if (match === null) {
    throw new SyntaxError(`Cannot find "${pattern.source}" on line ${line}`);
  }
  return match;
}

/**
 * The bulleted list (`- item`) that follows a line: blank lines are skipped and the list ends at
 * the first line that is neither blank nor a bullet (a wrapped item's continuation ends it too,
 * which is harmless: it is not a new item).
 */
export function listAfter(text: string, line: number): { items: string[]; lines: number[] } {
  const all = text.split("\n");
  const items: string[] = [];
  const lines: number[] = [];
  for (let i = line; i < all.length; i++) {
    const body = all[i].trim();
    if (body === "") continue;
    if (!body.startsWith("- ")) break;
    items.push(body.slice(2).replaceAll("**", "").trim());
    lines.push(i + 1);
  }
  return { items, lines };
}

/** A count written in digits (`3`) or as a word (`two`, `Three`). */
export function readNumber(text: string): number {
  return /^\d/.test(text.trim()) ? parseCount(text) : parseNumberWord(text);
}
