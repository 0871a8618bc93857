// Types for the one function the toolkit uses from deno-std's HTML module (npm `deno-std`, plain
// JavaScript: the JSR package @std/html built for npm, which ships no declarations). It follows
// @std/html's own signature.

/** Escapes `&`, `<`, `>`, `"` and `'` for HTML text content and quoted attributes. */
export function escape(str: string): string;
