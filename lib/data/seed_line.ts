import { SEEDS_DIR } from "../io/paths.ts";
import type { Cited } from "./cite.ts";

/** A line of a source document: what `cite()` needs (its `seed` and `line`), its text and match. */
export interface SeedLine extends Cited {
  /** The line's text. */
  text: string;
  /** The pattern's match on it. */
  match: RegExpExecArray;
}

/** Options for {@linkcode seedLine}. */
export interface SeedLineOptions {
  /** The 1-based line to search from; default 1. */
  from?: number;
  /** The seeds folder; default `seeds/`. */
  dir?: string;
}

// Each seed's text, read once: seedLine() runs inside md`...` templates, which cannot wait.
const texts = new Map<string, string>();

/**
 * Finds the line of a source document that says something, so prose can quote it and cite it:
 * `cite(seedLine(file, /opt-in/))` is "FOI 0017/24, line 36". Reading the line from the text,
 * rather than typing its number, keeps the citation true if the document's layout changes.
 *
 * @param file The document's file name in `seeds/`.
 * @param pattern What the line says.
 * @param options The line to search from, and the seeds folder.
 * @returns The first line at or after `from` that matches, with its text and the match.
 * @throws {SyntaxError} When no line matches (the message quotes the pattern and the file).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cite, seedLine } from "../mod.ts";
 * const optIn = seedLine("llr_opcc_foi_0017_24_asb_support.txt", /'opt-in' model/);
 * assert.equal(optIn.line, 36);
 * assert.equal(cite(optIn), "FOI 0017/24, line 36");
 * ```
 */
export function seedLine(file: string, pattern: RegExp, options: SeedLineOptions = {}): SeedLine {
  const path = `${(options.dir ?? SEEDS_DIR).replace(/\/?$/, "/")}${file}`;
  let text = texts.get(path);
  if (text === undefined) {
    text = Deno.readTextFileSync(path);
    texts.set(path, text);
  }
  const found = lineMatching(text, pattern, options.from ?? 1);
  if (found === null) {
    throw new SyntaxError(`Cannot find "${pattern.source}" in seed "${file}"`);
  }
  return { seed: file, ...found };
}

/**
 * The first line of a text, from a 1-based line on, that a pattern matches; null when none does.
 *
 * @param text A document's text.
 * @param pattern What the line says.
 * @param from The 1-based line to search from; default 1.
 * @returns The line's number, text and match, or null.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lineMatching } from "./mod.ts";
 * assert.equal(lineMatching("a\nb £2\nc", /£(\d)/)?.line, 2);
 * assert.equal(lineMatching("a\nb", /z/), null);
 * ```
 */
export function lineMatching(
  text: string,
  pattern: RegExp,
  from = 1,
): { line: number; text: string; match: RegExpExecArray } | null {
  const lines = text.split("\n");
  for (let i = Math.max(0, from - 1); i < lines.length; i++) {
    const match = pattern.exec(lines[i]);
    if (match !== null) return { line: i + 1, text: lines[i], match };
  }
  return null;
}
