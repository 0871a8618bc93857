// Markdown fragments private to lib/display: the brand that tells a trusted fragment (built by
// md() or a number helper) from text to escape, and the escaping itself.
import { type Displayable, toDisplayable } from "./displayable.ts";
import { describeValue } from "../format/describe_value.ts";

/** Marks values built by this module, so md() inserts them as they are. */
const BRAND: unique symbol = Symbol("vc.markdown");

/** A piece of Markdown with its plain-text reading; see md() in md.ts. */
export interface MarkdownFragment extends Displayable {
  /** The Markdown source. */
  readonly markdown: string;
  /** The same text without Markdown escapes, for `text/plain`. */
  readonly text: string;
}

export function fragment(markdown: string, text: string): MarkdownFragment {
  const shown = toDisplayable({ "text/markdown": markdown, "text/plain": text });
  return Object.assign(shown, { markdown, text, [BRAND]: true as const });
}

export function isFragment(value: unknown): value is MarkdownFragment {
  return typeof value === "object" && value !== null && BRAND in value;
}

// Inline Markdown and HTML syntax, and `$` (Jupyter front ends read `$…$` as LaTeX).
const SPECIAL = /[\\`*_[\]<>#|~$&]/g;
// Syntax that only counts at the start of a line: list items and setext heading underlines.
const LINE_START = /^([-+=]|\d+[.)])/;

// Text from data may hold Markdown syntax or line breaks; written escaped and on one line, it
// reads exactly as it is wherever it lands in the template. `atLineStart` says whether the text
// begins a line, where "- " or "1. " would start a list.
export function escapeMarkdown(text: string, atLineStart: boolean): string {
  const escaped = text.replace(/\s*[\r\n]+\s*/g, " ").replace(SPECIAL, "\\$&");
  if (!atLineStart) return escaped;
  return escaped.replace(
    LINE_START,
    (start) => start.length === 1 ? `\\${start}` : `${start.slice(0, -1)}\\${start.slice(-1)}`,
  );
}

// Whether text appended to `markdown` would begin a line.
export function endsAtLineStart(markdown: string): boolean {
  return /(^|\n)[ \t]*$/.test(markdown);
}

// The number helpers' shared door: a finite number, never null (a missing value needs words).
export function checkFinite(what: string, value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const shown = describeValue(value);
  const hint = value === null || value === undefined
    ? ": the value is missing, so say why in words instead"
    : ": it is not a finite number";
  throw new TypeError(`Cannot write ${what} ${shown}${hint}`);
}

export function checkDigits(what: string, digits: unknown, most = 6): number {
  if (Number.isInteger(digits) && (digits as number) >= 0 && (digits as number) <= most) {
    return digits as number;
  }
  throw new RangeError(
    `Cannot write ${what}: digits must be a whole number from 0 to ${most}, got ${
      describeValue(digits)
    }`,
  );
}
