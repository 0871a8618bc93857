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
  // The paragraph being joined, made one line when it ends: joining line by line into one string
  // would copy the paragraph once per line (quadratic in its length).
  let open: Paragraph | null = null;
  const close = () => {
    if (open === null) return;
    out[out.length - 1] = { line: open.line, text: open.pieces.join(" "), origin: open.origin };
    open = null;
  };
  lines.forEach((line, i) => {
    const previous = out.at(-1);
    if (previous && !taken[i] && !outTaken.at(-1)) {
      const end = open ? open.pieces.at(-1)! : previous.text;
      const length = open ? open.length : previous.text.trimEnd().length;
      if (continues({ end, length }, line.text)) {
        open ??= paragraph(previous, starts);
        append(open, line, starts);
        return;
      }
    }
    close();
    out.push(line);
    outTaken.push(taken[i]);
  });
  close();
  return { lines: out, taken: outTaken };
}

// `end` is the last line so far (only its end is tested), `length` the paragraph's, trimmed.
function continues(first: { end: string; length: number }, next: string): boolean {
  const a = first.end.trimEnd();
  const b = next.trim();
  if (a === "" || b === "" || BULLET.test(next) || /^#|^\*\*|^\|/.test(b)) return false;
  if (/[.!?:;–—-]["'”’)]*$/.test(a) || /\*\*$/.test(a)) return false;
  // A line starting with £ or a digit carries on only a long line ("… the PCC spent" / "£2.765m
  // on …"); short ones are list entries ("2004-05—£310,000").
  const long = first.length >= WRAP_WIDTH && /[a-z]$/.test(a);
  return /^[a-z(]/.test(b) || (long && /^[£\d]/.test(b) && !/^\d{1,2}[.)]\s/.test(b)) ||
    CONNECTIVE.test(a);
}

function origins(line: TextLine, starts: readonly number[]): readonly number[] {
  if (line.origin) return line.origin;
  const base = starts[line.line - 1];
  return Array.from({ length: line.text.length }, (_, k) => base + k);
}

/** Lines being joined: the text of each (one space between them) and every character's offset. */
interface Paragraph {
  line: number;
  pieces: string[];
  origin: number[];
  /** The length of the joined text without the last piece's trailing spaces. */
  length: number;
}

function paragraph(first: TextLine, starts: readonly number[]): Paragraph {
  return {
    line: first.line,
    pieces: [first.text],
    origin: [...origins(first, starts)],
    length: first.text.trimEnd().length,
  };
}

// The line before loses its trailing spaces; the space between takes the offset just after it.
function append(paragraph: Paragraph, next: TextLine, starts: readonly number[]): void {
  const { pieces, origin } = paragraph;
  const last = pieces[pieces.length - 1];
  const trimmed = last.trimEnd();
  pieces[pieces.length - 1] = trimmed;
  origin.length -= last.length - trimmed.length;
  const lead = next.text.length - next.text.trimStart().length;
  const tail = origins(next, starts);
  origin.push(origin.length > 0 ? origin[origin.length - 1] + 1 : tail[lead] ?? 0);
  for (let k = lead; k < tail.length; k++) origin.push(tail[k]);
  const text = next.text.slice(lead);
  pieces.push(text);
  paragraph.length += 1 + text.trimEnd().length;
}
