/**
 * Finds where and why JSON text fails to parse. V8's `JSON.parse` messages sometimes give a
 * position and sometimes quote the whole input instead, so after a failed parse this small
 * recursive-descent checker walks the text again to name the first bad spot.
 *
 * @module
 */

/**
 * The deepest nesting of arrays and objects a notebook may have. Real notebooks nest a few dozen
 * levels at most (a Plotly figure about ten); the steps after parsing (validation, copying,
 * writing with sorted keys) recurse, so far deeper text would overflow the stack there, naming
 * no file.
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * How deeply JSON text nests arrays and objects, counting brackets outside strings in one pass
 * (no recursion, so any depth is measured). Text that is not JSON is measured as far as it goes.
 *
 * @param text The text.
 * @returns The deepest level reached: 0 for a bare value, 1 for `[]`.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string: up to the next quote not escaped.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) {
        if (text.charCodeAt(i) === 0x5c) i++;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** Where JSON text first goes wrong. */
export interface JsonErrorLocation {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** What was expected or found there. */
  reason: string;
}

class Stop {
  constructor(readonly offset: number, readonly reason: string) {}
}

/**
 * Locates the first syntax error in JSON text.
 *
 * @param text Text that `JSON.parse` rejected.
 * @returns The line, column and reason; null when the text is valid JSON after all.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    const end = skipSpace(text, value(text, skipSpace(text, 0)));
    if (end < text.length) throw new Stop(end, "unexpected text after the notebook's JSON");
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split("\n");
    return { line: before.length, column: before.at(-1)!.length + 1, reason: error.reason };
  }
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && " \t\n\r".includes(text[at])) at++;
  return at;
}

function found(text: string, at: number): string {
  return at >= text.length ? "unexpected end of input" : `unexpected ${JSON.stringify(text[at])}`;
}

const LITERAL = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;

function value(text: string, at: number): number {
  const c = text[at];
  if (c === "{") return container(text, at, "}", true);
  if (c === "[") return container(text, at, "]", false);
  if (c === '"') return string(text, at);
  LITERAL.lastIndex = at;
  const literal = LITERAL.exec(text);
  if (literal) return at + literal[0].length;
  throw new Stop(at, `${found(text, at)} where a value should start`);
}

function container(text: string, at: number, close: string, keyed: boolean): number {
  at = skipSpace(text, at + 1);
  if (text[at] === close) return at + 1;
  for (;;) {
    if (keyed) {
      if (text[at] !== '"') throw new Stop(at, `${found(text, at)} where a key should start`);
      at = skipSpace(text, string(text, at));
      if (text[at] !== ":") throw new Stop(at, `${found(text, at)} where ':' should follow a key`);
      at = skipSpace(text, at + 1);
    }
    at = skipSpace(text, value(text, at));
    if (text[at] === close) return at + 1;
    if (text[at] !== ",") {
      throw new Stop(at, `${found(text, at)} where ',' or '${close}' should be`);
    }
    at = skipSpace(text, at + 1);
  }
}

function string(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c < " ") throw new Stop(i, "control character inside a string");
    if (c === "\\") {
      const escape = /^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i + 1, i + 6));
      if (!escape) throw new Stop(i, "bad escape sequence inside a string");
      i += escape[0].length;
    }
  }
  throw new Stop(text.length, "unexpected end of input inside a string");
}
