// A source document as lines, with the lookups the extractors share. Every lookup fails loudly
// with the document and what was sought, so a changed seed stops extraction instead of silently
// producing fewer rows.
import type { FigureColumns } from "../datasets/schema.ts";
import { readFigure, type ReadFigureResult } from "../data/read_figure.ts";
import { parseMissing } from "../parse/missing.ts";
import { type DateSpan, parseDate } from "../parse/date.ts";

export type Figure = FigureColumns;

/** A match of a pattern on one line. */
export interface LineMatch {
  line: number;
  match: RegExpExecArray;
}

export class SourceDocument {
  readonly lines: string[];
  constructor(readonly seed: string, text: string) {
    // LF or CRLF: a checkout that converted line endings reads the same lines.
    this.lines = text.split(/\r?\n/);
  }

  /** The text of a 1-based line. */
  text(line: number): string {
    return this.lines[line - 1] ?? "";
  }

  /** The error for something the document does not hold as expected: it names the document. */
  error(problem: string): SyntaxError {
    return new SyntaxError(`Cannot extract from "${this.seed}": ${problem}`);
  }

  /** The 1-based line of the first match at or after `from`; throws when there is none. */
  find(pattern: RegExp, from = 1): LineMatch {
    for (let i = from - 1; i < this.lines.length; i++) {
      const match = pattern.exec(this.lines[i]);
      if (match) return { line: i + 1, match };
    }
    throw this.error(`no line from ${from} matches ${pattern}`);
  }

  /** The lines of a table's rows: those after its header line, up to the first blank one. */
  rowsAfter(header: number): number[] {
    const lines: number[] = [];
    for (let line = header + 1; this.text(line).trim() !== ""; line++) lines.push(line);
    return lines;
  }

  /** The cells of a tab-separated line. */
  cells(line: number): string[] {
    return this.text(line).split("\t");
  }

  /** A figure for a cell: missing when it is a marker, else read in its unit (readFigure()). */
  figure(
    raw: string,
    unit: Figure["unit"],
    line: number,
    role: Figure["role"] = "observation",
  ): Figure {
    const base = { unit, role, seed: this.seed, line, bound: null, approximate: false };
    const missing = parseMissing(raw);
    if (missing !== null) {
      const text = raw.trim();
      return {
        ...base,
        value: null,
        missing_reason: missing.reason,
        raw: text === "" ? null : text,
      };
    }
    const text = raw.trim();
    if (!this.text(line).includes(text)) throw this.error(`"${raw}" is not on line ${line}`);
    return { ...base, ...this.read(text, unit, line), missing_reason: null, raw: text };
  }

  // readFigure(), its error (of the same class) naming the document and the line.
  private read(text: string, unit: Figure["unit"], line: number): ReadFigureResult {
    try {
      return readFigure(text, unit);
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      const Kind = error.constructor as ErrorConstructor;
      throw new Kind(`Cannot extract from "${this.seed}": line ${line}: ${error.message}`, {
        cause: error,
      });
    }
  }
}

/** `March 2025` → `2025-03` (any month lib/parse's parseDate() reads); `2028` → `2028`. */
export function monthOf(text: string): string {
  const year = /^\s*(\d{4})\s*$/.exec(text);
  if (year) return year[1];
  const span = dateSpan(text);
  if (span !== null && span.start !== span.end) return span.start.slice(0, 7);
  throw new SyntaxError(
    `Cannot read month "${text}": expected a month and year such as March 2025`,
  );
}

/** The day or month parseDate() reads in the text, or null. */
export function dateSpan(text: string): DateSpan | null {
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

/** The last day of a `YYYY-MM` month, as an ISO date. */
export function endOfMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}
