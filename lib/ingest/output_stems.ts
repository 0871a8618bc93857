/**
 * The file name stems under which {@linkcode writeIngest} can write several documents into one
 * folder without two sharing a name: each document's name without its extension
 * (`in/reply.txt` → `reply`); where two would share one, the name with its extension
 * (`reply.txt`, `reply.html`); where they still would, the name after as many of its folders as
 * tell them apart, joined by `_` (`a_reply.txt`, `b_reply.txt`). Names differing only in case
 * count as the same, as they do on Windows and macOS.
 *
 * @param paths The documents' paths, in the order they are written.
 * @returns One stem per path, in the same order, no two alike.
 * @throws {RangeError} When two paths cannot be told apart (the same file named twice); nothing
 *   should be written then.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outputStems } from "./mod.ts";
 *
 * assert.deepEqual(outputStems(["a/resp.txt", "b/resp.txt", "resp.html"]), [
 *   "a_resp.txt",
 *   "b_resp.txt",
 *   "resp.html",
 * ]);
 * assert.deepEqual(outputStems(["in/reply.txt", "notes.md"]), ["reply", "notes"]);
 * ```
 */
export function outputStems(paths: readonly string[]): string[] {
  const parts = paths.map((path) => path.split(/[/\\]/).filter((p) => p !== "" && p !== "."));
  const levels = paths.map(() => 0);
  const names = () => parts.map((p, i) => candidate(p, levels[i]));
  for (;;) {
    const current = names();
    const seen = new Map<string, number[]>();
    current.forEach((name, i) => {
      const key = name.toLowerCase();
      seen.set(key, [...(seen.get(key) ?? []), i]);
    });
    const clashes = [...seen.values()].filter((group) => group.length > 1);
    if (clashes.length === 0) return current;
    for (const group of clashes) {
      const deeper = group.filter((i) => levels[i] < parts[i].length);
      if (deeper.length === 0) {
        const [first, second] = group.map((i) => paths[i]);
        throw new RangeError(
          `Cannot write "${first}" and "${second}" to one folder: both would be named ` +
            `"${current[group[0]]}" (the same file is given twice)`,
        );
      }
      for (const i of deeper) levels[i]++;
    }
  }
}

// Level 0 is the name without its extension, 1 the name, 2 and up the name after its folders.
function candidate(parts: readonly string[], level: number): string {
  const name = parts.at(-1) ?? "document";
  if (level === 0) return name.replace(/\.[^.]+$/, "") || name;
  return parts.slice(Math.max(0, parts.length - level)).join("_");
}
