import {
  endsAtLineStart,
  escapeMarkdown,
  fragment,
  isFragment,
  type MarkdownFragment,
} from "./_markdown.ts";

/**
 * A piece of Markdown that a notebook shows as a cell's output (`text/markdown`, with a
 * `text/plain` fallback), made by {@linkcode md} or by the number helpers
 * ({@linkcode gbp}, {@linkcode count}, {@linkcode pct}, {@linkcode num}). `md` inserts one into
 * another as it is, without escaping it again.
 */
export type Markdown = MarkdownFragment;

/** What `md` accepts between `${…}`: text (escaped), Markdown (kept), or a list of either. */
export type MarkdownValue = string | Markdown | readonly MarkdownValue[];

/**
 * Writes a sentence of a notebook's narrative from computed values, as Markdown: a tagged
 * template whose literal parts are Markdown and whose `${…}` parts are text from the data
 * (escaped, so `*`, `_`, `<`, `$`… read as written, a line break cannot start a new block, and
 * text that begins a line cannot start a list or heading),
 * Markdown made by `md` or a number helper (inserted as it is), or a list of either (joined with
 * nothing, e.g. one list item each).
 *
 * Numbers are refused: write them through {@linkcode gbp}, {@linkcode count}, {@linkcode pct} or
 * {@linkcode num}, so every figure in the prose says what it is. Null and undefined are refused
 * too: a missing value needs words, not a blank.
 *
 * @param strings The template's literal parts.
 * @param values The interpolated values.
 * @returns Markdown to show as a cell's last expression, or with `display()`.
 * @throws {TypeError} For a number, null, undefined or any other value that is not text or
 * Markdown; the message names the position.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { count, gbp, md } from "./mod.ts";
 *
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt line 79
 * const note = md`**${"Victim First"}** had ${gbp(561813)} and ${count(1351)} referrals.`;
 * assert.equal(note.markdown, "**Victim First** had £561,813 and 1,351 referrals.");
 * assert.equal(note.bundle["text/markdown"], note.markdown);
 * assert.equal(md`${"Children & Young People_s <b>"}`.markdown, "Children \\& Young People\\_s \\<b\\>");
 * assert.equal(md`${"Children & Young People"}`.text, "Children & Young People");
 * assert.equal(md`${"- not a list"}, and ${"- a dash"}`.markdown, "\\- not a list, and - a dash");
 * assert.throws(() => md`${561813 as unknown as string}`, TypeError);
 * ```
 */
export function md(strings: TemplateStringsArray, ...values: MarkdownValue[]): Markdown {
  let markdown = strings[0];
  let text = strings[0];
  values.forEach((value, i) => {
    const part = inline(value, `\${…} number ${i + 1}`, markdown);
    markdown += part.markdown + strings[i + 1];
    text += part.text + strings[i + 1];
  });
  return fragment(markdown, text);
}

// `before` is the Markdown written so far, which decides whether text starts a line.
function inline(
  value: unknown,
  where: string,
  before: string,
): { markdown: string; text: string } {
  if (typeof value === "string") {
    return { markdown: escapeMarkdown(value, endsAtLineStart(before)), text: value };
  }
  if (isFragment(value)) return { markdown: value.markdown, text: value.text };
  if (Array.isArray(value)) {
    let markdown = "";
    let text = "";
    value.forEach((item, j) => {
      const part = inline(item, `${where}, item ${j + 1}`, before + markdown);
      markdown += part.markdown;
      text += part.text;
    });
    return { markdown, text };
  }
  if (typeof value === "number") {
    throw new TypeError(
      `Cannot write Markdown: ${where} is the number ${value}; write it with gbp(), count(), ` +
        `pct() or num() to say what it is`,
    );
  }
  const type = typeof value;
  const shown = value === null || value === undefined
    ? String(value)
    : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
  throw new TypeError(
    `Cannot write Markdown: ${where} is ${shown}, not text or Markdown` +
      (value === null || value === undefined ? "; say in words why the value is missing" : ""),
  );
}
