// Private to lib/ingest: joining the lines of a hard-wrapped paragraph (a PDF or email converted
// to text breaks sentences at ~80 characters), so a figure keeps the period and subject written
// on the line before it. The joined line keeps each character's source offset, so figures still
// cite their own line. Lines are joined only when the first stops mid-sentence and the next
// carries on (lower case, a £ or a digit, or after a word no sentence ends on).
import type { TextLine } from "./_lines.ts";

const BULLET = /^\s*(?:[-*+•·▪◦●]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+/i;
const WRAP_WIDTH = 50;
const CONNECTIVE =
  /\b(?:and|or|but|of|the|to|for|in|on|at|by|with|from|a|an|was|is|were|are|be|been|which|that|this|these|its|their|our|per|than|between|during|including)$/i;

/** The lines with wrapped paragraphs joined; `taken` (table lines) is carried along. */
export function joinWrapped(
  lines: readonly TextLine[],
  taken: readonly boolean[],
  starts: readonly number[],
): { lines: TextLine[]; taken: boolean[] } {
  const out: TextLine[] = [];
  const outTaken: boolean[] = [];
  lines.forEach((line, i) => {
    const previous = out.at(-1);
    if (previous && !taken[i] && !outTaken.at(-1) && continues(previous.text, line.text)) {
      out[out.length - 1] = join(previous, line, starts);
      return;
    }
    out.push(line);
    outTaken.push(taken[i]);
  });
  return { lines: out, taken: outTaken };
}

function continues(first: string, next: string): boolean {
  const a = first.trimEnd();
  const b = next.trim();
  if (a === "" || b === "" || BULLET.test(next) || /^#|^\*\*|^\|/.test(b)) return false;
  if (/[.!?:;–—-]["'”’)]*$/.test(a) || /\*\*$/.test(a)) return false;
  // A line starting with £ or a digit carries on only a long line ("… the PCC spent" / "£2.765m
  // on …"); short ones are list entries ("2004-05—£310,000").
  const long = a.length >= WRAP_WIDTH && /[a-z]$/.test(a);
  return /^[a-z(]/.test(b) || (long && /^[£\d]/.test(b) && !/^\d{1,2}[.)]\s/.test(b)) ||
    CONNECTIVE.test(a);
}

function origins(line: TextLine, starts: readonly number[]): number[] {
  if (line.origin) return line.origin;
  const base = starts[line.line - 1];
  return Array.from({ length: line.text.length }, (_, k) => base + k);
}

function join(first: TextLine, next: TextLine, starts: readonly number[]): TextLine {
  const head = origins(first, starts);
  const text = `${first.text.trimEnd()} ${next.text.trimStart()}`;
  const kept = head.slice(0, first.text.trimEnd().length);
  const lead = next.text.length - next.text.trimStart().length;
  const tail = origins(next, starts).slice(lead);
  const gap = kept.length > 0 ? kept[kept.length - 1] + 1 : tail[0] ?? 0;
  return { line: first.line, text, origin: [...kept, gap, ...tail] };
}
