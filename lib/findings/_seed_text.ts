import type { FindingInputs, FindingSource } from "./finding.ts";
import { readFigure } from "../data/read_figure.ts";
import { lineMatching } from "../data/seed_line.ts";

/** The first line of a seed matching a pattern, with its 1-based number and the match. */
export function findLine(
  inputs: FindingInputs,
  seed: string,
  pattern: RegExp,
): { line: number; match: RegExpExecArray } {
  const found = lineMatching(inputs.seed(seed), pattern);
  if (found === null) throw new SyntaxError(`Cannot find "${pattern.source}" in seed "${seed}"`);
  return found;
}

/** A pattern's match on the line a dataset row points at (its `seed` and `line`). */
export function matchLine(
  inputs: FindingInputs,
  at: FindingSource,
  pattern: RegExp,
): RegExpExecArray {
  const lines = inputs.seed(at.seed).split("\n");
  if (!Number.isInteger(at.line) || at.line < 1 || at.line > lines.length) {
    throw new RangeError(
      `Cannot read line "${at.line}" of seed "${at.seed}": it has ${lines.length} lines`,
    );
  }
  const match = pattern.exec(lines[at.line - 1]);
  if (match === null) {
    throw new SyntaxError(
      `Cannot find "${pattern.source}" on line ${at.line} of seed "${at.seed}"`,
    );
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

/** A count written in digits (`3`) or as a word (`two`, `Three`), as the extractors read one. */
export function readNumber(text: string): number {
  return readFigure(text, "count").value;
}
