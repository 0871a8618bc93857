/**
 * A tokenizer for the small slice of TypeScript a parameters cell uses: names, punctuation,
 * string and number literals, with comments skipped. It does not evaluate anything.
 *
 * @module
 */

/** A token of a parameters cell. */
export interface Token {
  /** `word` for names and keywords, `punct` for operators and brackets. */
  kind: "word" | "number" | "string" | "punct";
  /** The source text of the token. */
  text: string;
  /** The decoded value of a string or number literal. */
  value?: string | number;
  /** 1-based line where the token starts. */
  line: number;
  /** Offset just past the token. */
  end: number;
}

/** A syntax error at a line of the cell, worded to follow "line N: ". */
export class CellSyntaxError extends Error {
  constructor(readonly line: number, reason: string) {
    super(reason);
  }
}

const WORD = /[A-Za-z_$][\w$]*/y;
const NUMBER =
  /(0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*(\.[\d_]*)?|\.\d[\d_]*)([eE][-+]?\d[\d_]*)?)/y;
const SPACE = /(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)+/y;
const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v" };

/**
 * Splits TypeScript source into tokens.
 *
 * @param source The cell's source.
 * @returns The tokens, comments and white space dropped.
 * @throws {CellSyntaxError} On an unterminated string or comment, a BigInt, or a template literal
 * with `${}`.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let lines = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (source[counted] === "\n") lines++;
    return lines;
  };
  while (at < source.length) {
    SPACE.lastIndex = at;
    if (SPACE.exec(source)) at = SPACE.lastIndex;
    if (at >= source.length) break;
    if (source.startsWith("/*", at)) throw new CellSyntaxError(lineAt(at), "unterminated comment");
    const line = lineAt(at);
    const c = source[at];
    let token: Token;
    if (c === '"' || c === "'" || c === "`") token = readString(source, at, line);
    else if (/[\d.]/.test(c) && match(NUMBER, source, at)?.match(/\d/)) {
      const text = match(NUMBER, source, at)!;
      if (/[\w$]/.test(source[at + text.length] ?? "")) {
        throw new CellSyntaxError(line, `unsupported number "${text}${source[at + text.length]}"`);
      }
      token = { kind: "number", text, value: Number(text.replaceAll("_", "")), line, end: 0 };
    } else if (match(WORD, source, at)) {
      token = { kind: "word", text: match(WORD, source, at)!, line, end: 0 };
    } else {
      token = { kind: "punct", text: source.startsWith("=>", at) ? "=>" : c, line, end: 0 };
    }
    at = token.end || at + token.text.length;
    token.end = at;
    tokens.push(token);
  }
  return tokens;
}

function match(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0];
}

function readString(source: string, start: number, line: number): Token {
  const quote = source[start];
  let value = "";
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === quote) {
      return { kind: "string", text: source.slice(start, i + 1), value, line, end: i + 1 };
    }
    if (c === "\n" && quote !== "`") break;
    if (quote === "`" && c === "$" && source[i + 1] === "{") {
      throw new CellSyntaxError(line, "a template literal with ${...} is not a literal value");
    }
    if (c !== "\\") {
      value += c;
      continue;
    }
    const [decoded, length] = decodeEscape(source, i + 1, line);
    value += decoded;
    i += length;
  }
  throw new CellSyntaxError(line, "unterminated string");
}

function decodeEscape(source: string, at: number, line: number): [string, number] {
  const c = source[at];
  if (c in ESCAPES) return [ESCAPES[c], 1];
  if (c === "0" && !/\d/.test(source[at + 1] ?? "")) return ["\0", 1];
  if (c === "\r" && source[at + 1] === "\n") return ["", 2];
  if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") return ["", 1];
  const hex = /^x([\da-fA-F]{2})|^u([\da-fA-F]{4})|^u\{([\da-fA-F]{1,6})\}/.exec(
    source.slice(at, at + 9),
  );
  if (hex) return [String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16)), hex[0].length];
  if (/[xu\d]/.test(c)) throw new CellSyntaxError(line, `bad escape sequence "\\${c}"`);
  return [c, 1];
}
