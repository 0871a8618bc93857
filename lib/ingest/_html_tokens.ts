// Private to lib/ingest: a small HTML tokenizer, enough for the tables and paragraphs of an FOI
// response saved as HTML. It only scans text (no eval, no DOM); comments, <script> and <style>
// are skipped, and every piece of text keeps the source offset of each character.

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

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<![^>]*>/g;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const RAW_TEXT = new Set(["script", "style", "template"]);

/** Splits HTML into tags and decoded text. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let at = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match.index > at) tokens.push(decodeText(html, at, match.index));
    at = match.index + match[0].length;
    if (match[1] === undefined) continue;
    const name = match[1].toLowerCase();
    const closing = match[0][1] === "/";
    tokens.push({
      type: "tag",
      name,
      closing,
      attrs: readAttrs(match[2]),
      start: match.index,
      end: at,
    });
    if (!closing && RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, at);
      at = close < 0 ? html.length : close;
      TAG.lastIndex = at;
    }
  }
  if (at < html.length) tokens.push(decodeText(html, at, html.length));
  return tokens;
}

function readAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let match = ATTR.exec(text); match !== null; match = ATTR.exec(text)) {
    attrs[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  }
  return attrs;
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  pound: "£",
  euro: "€",
  ndash: "–",
  mdash: "—",
  minus: "−",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  middot: "·",
  bull: "•",
  times: "×",
  copy: "©",
  reg: "®",
  shy: "",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/y;

/** Decodes the entities of `html[from..to)`, keeping each output character's source offset. */
function decodeText(html: string, from: number, to: number): TextToken {
  let text = "";
  const origin: number[] = [];
  for (let i = from; i < to;) {
    const decoded = html[i] === "&" ? readEntity(html, i, to) : null;
    const [chars, length] = decoded ?? [html[i], 1];
    for (let k = 0; k < chars.length; k++) origin.push(i);
    text += chars.replaceAll("\u00a0", " ");
    i += length;
  }
  return { type: "text", text, origin };
}

function readEntity(html: string, at: number, to: number): [string, number] | null {
  ENTITY.lastIndex = at;
  const match = ENTITY.exec(html);
  if (match === null || at + match[0].length > to) return null;
  const code = match[1] ? Number(match[1]) : match[2] ? parseInt(match[2], 16) : null;
  if (code !== null) {
    // Out-of-range and surrogate code points are left as written rather than guessed.
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? [String.fromCodePoint(code), match[0].length] : null;
  }
  const named = NAMED[match[3].toLowerCase()];
  return named === undefined ? null : [named, match[0].length];
}
