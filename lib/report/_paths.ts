// Where each page lives in the site, so every link to it is built in one place.
import type { NotebookRun } from "./types.ts";

/**
 * The pages of the runs, relative to the site root: `notebooks/<name>.html`, in run order. The
 * name keeps letters and digits of any script (`报告.ipynb` is `notebooks/报告.html`), in lower
 * case so that no two pages differ only in case; names that would still share a page get `-2`,
 * `-3`… in run order, and a name with no letter or digit is `notebook`.
 */
export function notebookPagePaths(runs: readonly NotebookRun[]): string[] {
  const taken = new Set<string>();
  return runs.map((run) => {
    const base = run.name.normalize("NFC").replace(/\.ipynb$/i, "").toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, "-").replace(/^-+|-+$/g, "") || "notebook";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return `notebooks/${slug}.html`;
  });
}

/** The page of a source document, relative to the site root: `sources/<file>.html`. */
export function sourcePagePath(file: string): string {
  return `sources/${
    file.replace(/\.txt$/, "").replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^\.+/, "")
  }.html`;
}
