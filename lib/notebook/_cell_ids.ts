import { createHash } from "node:crypto";
import { joinSource, type MultilineString } from "./nbformat.ts";

/**
 * Derives the id nbformat 4.5 requires for a cell of an older notebook.
 *
 * nbformat's own upgrade draws random ids, so each read of a 4.4 notebook would give new ids and
 * every written copy would differ. Ours are the first 8 hex digits of the SHA-256 of the cell's
 * index and source: the same notebook always gets the same ids, and an id changes only when its
 * cell moves or is edited. A clash with an earlier id gets `-<index>` appended, which is unique
 * because indexes are.
 *
 * @param cells The cells, in order.
 * @returns One id per cell.
 */
export function deriveCellIds(cells: readonly { source: MultilineString }[]): string[] {
  const used = new Set<string>();
  return cells.map((cell, index) => {
    // node:crypto's digest is synchronous, as parsing a notebook is; Web Crypto's is not.
    const digest = createHash("sha256").update(`${index}\n${joinSource(cell.source)}`);
    let id = digest.digest("hex").slice(0, 8);
    if (used.has(id)) id = `${id}-${index}`;
    used.add(id);
    return id;
  });
}
