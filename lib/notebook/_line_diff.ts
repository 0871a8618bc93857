/**
 * A unified line diff for showing how an output changed: jsdiff's (the `diff` package's) Myers
 * diff, written out as GNU diff does.
 *
 * Lines keep their `\n`, so "a" and "a\n" differ (shown with `\ No newline at end of text`).
 * Past {@linkcode MAX_EDITS} inserted plus deleted lines jsdiff stops looking for a minimal script
 * and the whole text is shown as deleted then inserted, which bounds the time spent on texts that
 * share nothing.
 *
 * @module
 */
import { structuredPatch, type StructuredPatchHunk } from "npm:diff@9.0.0";

/** Beyond this many inserted plus deleted lines, the diff stops looking for a minimal script. */
const MAX_EDITS = 2000;
const LONG_LINE = 200;

/** Options for {@linkcode unifiedDiff}. */
export interface UnifiedDiffOptions {
  /** Label of the old text, on the `---` line. */
  from: string;
  /** Label of the new text, on the `+++` line. */
  to: string;
  /** Unchanged lines shown around each change. Default 3. */
  context?: number;
}

/**
 * Diffs two texts line by line.
 *
 * @param a The old text.
 * @param b The new text.
 * @param options Labels and context size.
 * @returns The unified diff, or "" when the texts are equal.
 */
export function unifiedDiff(a: string, b: string, options: UnifiedDiffOptions): string {
  if (a === b) return "";
  const context = options.context ?? 3;
  const patch = structuredPatch("", "", a, b, undefined, undefined, {
    context,
    maxEditLength: MAX_EDITS,
  });
  const hunks: StructuredPatchHunk[] = patch?.hunks ?? [replaceAll(a, b)];
  const lines = [`--- ${options.from}`, `+++ ${options.to}`];
  for (const hunk of hunks) {
    const range = (start: number, count: number) =>
      count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
    lines.push(
      `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`,
    );
    for (const line of hunk.lines) lines.push(line.startsWith("\\") ? NO_NEWLINE : clip(line));
  }
  return lines.join("\n");
}

const NO_NEWLINE = "\\ No newline at end of text";

// The one hunk of a diff that deletes every line of `a` and inserts every line of `b`.
function replaceAll(a: string, b: string): StructuredPatchHunk {
  const split = (text: string, mark: string) =>
    text === ""
      ? []
      : text.split(/(?<=\n)/).flatMap((line) =>
        line.endsWith("\n") ? [mark + line.slice(0, -1)] : [mark + line, NO_NEWLINE]
      );
  const removed = split(a, "-");
  const added = split(b, "+");
  const count = (lines: string[]) => lines.filter((line) => line !== NO_NEWLINE).length;
  return {
    oldStart: 1,
    oldLines: count(removed),
    newStart: 1,
    newLines: count(added),
    lines: [...removed, ...added],
  };
}

function clip(line: string): string {
  if (line.length <= LONG_LINE + 1) return line;
  return `${line.slice(0, LONG_LINE + 1)}… (${line.length - 1 - LONG_LINE} more characters)`;
}
