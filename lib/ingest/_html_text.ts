// Private to lib/ingest: the running text of an HTML document outside its tables, as lines that
// remember where each character was, so prose figures in HTML cite real source positions.
import type { HtmlToken } from "./_html_tokens.ts";
import { lineOf, type TextLine } from "./_lines.ts";

const BLOCKS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "hr",
  "dt",
  "dd",
  "title",
  "address",
]);

// The characters are kept in an array: appending to a string and asking whether it ends in a
// space, character by character, copies it each time (quadratic in a long paragraph).
interface Building {
  chars: string[];
  origin: number[];
}

/** The lines of text outside every table, in source order. */
export function htmlTextLines(tokens: readonly HtmlToken[], starts: number[]): TextLine[] {
  const lines: TextLine[] = [];
  let current: Building = { chars: [], origin: [] };
  let depth = 0;
  const flush = () => {
    const line = finishLine(current, starts);
    // Each block is a paragraph of its own, as a blank line makes one in plain text.
    if (line) lines.push(line, { line: line.line, text: "", origin: [] });
    current = { chars: [], origin: [] };
  };
  for (const token of tokens) {
    if (token.type === "tag") {
      if (token.name === "table") {
        flush();
        depth = Math.max(0, depth + (token.closing ? -1 : 1));
      } else if (depth === 0 && BLOCKS.has(token.name)) {
        flush();
        // A marker lets the prose reader see list items and headings as the markup says.
        if (!token.closing && token.name === "li") add(current, "- ", token.start);
        if (!token.closing && /^h[1-6]$/.test(token.name)) add(current, "# ", token.start);
      }
    } else if (depth === 0) {
      for (let i = 0; i < token.text.length; i++) {
        const space = /\s/.test(token.text[i]);
        const last = current.chars[current.chars.length - 1];
        if (space && (last === undefined || last === " ")) continue;
        current.chars.push(space ? " " : token.text[i]);
        current.origin.push(token.origin[i]);
      }
    }
  }
  flush();
  return lines;
}

function add(target: Building, text: string, at: number): void {
  for (let i = 0; i < text.length; i++) {
    target.chars.push(text[i]);
    target.origin.push(at);
  }
}

function finishLine(building: Building, starts: number[]): TextLine | null {
  const text = building.chars.join("").trimEnd();
  if (text.replace(/^[-#] /, "").trim() === "") return null;
  const origin = building.origin.slice(0, text.length);
  return { line: lineOf(starts, origin[0]).line, text, origin };
}
