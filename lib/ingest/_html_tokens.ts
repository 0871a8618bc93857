// Private to lib/ingest: the tags and text of an HTML document, read by htmlparser2 (a kept
// parser: the full HTML entity table, implied end tags, comments, CDATA and raw-text elements).
// This file only turns its events into tokens that remember where each character of text was in
// the source, which the table and prose readers need to cite lines and columns; the text of
// <script>, <style> and <template> is skipped.
import { Parser } from "npm:htmlparser2@12.0.0";

/** A start or end tag. */
export interface TagToken {
  type: "tag";
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
  start: number;
  end: number;
}

/** Text between tags, entities decoded, with the source offset of each character. */
export interface TextToken {
  type: "text";
  text: string;
  origin: number[];
}

/** A piece of HTML. */
export type HtmlToken = TagToken | TextToken;

const RAW_TEXT = new Set(["script", "style", "template"]);

/** Splits HTML into tags and decoded text. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let raw = 0;
  const tag = (name: string, closing: boolean, attrs: Record<string, string>) => {
    tokens.push({
      type: "tag",
      name,
      closing,
      attrs,
      start: parser.startIndex,
      end: parser.endIndex + 1,
    });
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (RAW_TEXT.has(name)) raw++;
      tag(name, false, attrs);
    },
    onclosetag(name) {
      if (RAW_TEXT.has(name)) raw = Math.max(0, raw - 1);
      tag(name, true, {});
    },
    ontext(text) {
      if (raw > 0) return;
      tokens.push(textToken(html, text, parser.startIndex, parser.endIndex));
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return tokens;
}

// A piece of text as written keeps each character's offset; a decoded entity ("&pound;") gives
// every character it decodes to the offset of its "&".
function textToken(html: string, text: string, start: number, end: number): TextToken {
  const written = html.slice(start, end + 1) === text;
  const origin = Array.from({ length: text.length }, (_, k) => written ? start + k : start);
  return { type: "text", text: text.replaceAll("\u00a0", " "), origin };
}
