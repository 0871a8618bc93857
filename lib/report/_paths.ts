// Where each page lives in the site, so every link to it is built in one place.
import type { NotebookRun } from "./types.ts";

/** The pages of the runs, relative to the site root: `notebooks/<name>.html`, in run order. */
export function notebookPagePaths(runs: readonly NotebookRun[]): string[] {
  const seen = new Map<string, string>();
  return runs.map((run) => {
    const slug = run.name.replace(/\.ipynb$/i, "").toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
    if (slug === "") {
      throw new TypeError(`Cannot write site: notebook name "${run.name}" gives no page name`);
    }
    const other = seen.get(slug);
    if (other !== undefined) {
      throw new TypeError(
        `Cannot write site: notebooks "${other}" and "${run.name}" would share the page "notebooks/${slug}.html"`,
      );
    }
    seen.set(slug, run.name);
    return `notebooks/${slug}.html`;
  });
}

/** The page of a source document, relative to the site root: `sources/<file>.html`. */
export function sourcePagePath(file: string): string {
  return `sources/${
    file.replace(/\.txt$/, "").replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^\.+/, "")
  }.html`;
}
