import { manifestPath, parseManifest, type SeedInfo } from "./manifest.ts";
import { SEEDS_DIR, USER_SEEDS_DIR } from "../io/paths.ts";
// The user's manifest is read at each citation: `deno task add` may add a document while a
// kernel runs.
import { readSourcesManifestSync } from "./sources_manifest.ts";

/** What {@linkcode cite} needs of a row: its source document (`seed`) and line. */
export interface Cited {
  /** The source document: a file in `seeds/`, or in `seeds/user/` for a user dataset. */
  readonly seed: string;
  /** The 1-based line of the source document (of its page, for a PDF). */
  readonly line: number;
  /** The page of a PDF the figure is on (user datasets); null or absent otherwise. */
  readonly page?: number | null;
}

/** Options for {@linkcode cite}. */
export interface CiteOptions {
  /** The seeds folder whose `manifest.json` gives each document's reference; default `seeds/`. */
  dir?: string;
  /** The folder of the user's documents (`deno task add`), for theirs; default `seeds/user/`. */
  userSeeds?: string;
}

// The manifest of each seeds folder, read once: cite() runs inside md`...` templates, which
// cannot wait for a file.
const manifests = new Map<string, readonly SeedInfo[]>();

/**
 * Cites a figure for prose: its document's reference (from `seeds/manifest.json`) and its line,
 * such as "FOI 0004-24, line 79". Several rows give the lines they span, per document, in the
 * order the documents first appear ("Commissioning Framework 2024-25, lines 186–194"); a document
 * (a manifest entry, or its file name) gives its reference alone. A user's document added with
 * `deno task add` is cited by the reference in `seeds/user/manifest.json` (its title when the
 * reference is unknown), and a row of a PDF by its page too ("FOI 042/25, page 2, line 5"). The result is plain text, so it
 * goes into `md`, a chart's caption or a string alike.
 *
 * @param source A row (or a table's rows, or the table itself) with `seed` and `line` columns,
 * or a document.
 * @param options Which seeds folder's manifest to read.
 * @returns The citation.
 * @throws {TypeError} When a row has no `seed` text or no whole, positive `line`, or none is given.
 * @throws {RangeError} When a document is not in the manifest.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cite, load } from "../mod.ts";
 * const vf = await load("victim_first_under18");
 * const funding = vf.filter((d) => d.measure === "funding");
 * assert.equal(cite(funding.object(0)), "FOI 0004-24, line 79");
 * assert.equal(cite(funding), "FOI 0004-24, lines 79–80");
 * assert.equal(cite("llr_opcc_foi_0017_24_asb_support.txt"), "FOI 0017/24");
 * ```
 */
export function cite(
  source: Cited | readonly Cited[] | { objects(): object[] } | string | Pick<SeedInfo, "file">,
  options: CiteOptions = {},
): string {
  const manifest = readManifestOnce(options.dir ?? SEEDS_DIR);
  const reference = (file: string) => {
    const entry = manifest.find((seed) => seed.file === file);
    if (entry !== undefined) return entry.reference;
    const user = readSourcesManifestSync(options.userSeeds ?? USER_SEEDS_DIR)
      .find((source) => source.file === file);
    if (user === undefined) {
      throw new RangeError(`Cannot cite "${file}": it is not a document in the seed manifest`);
    }
    return user.reference === "unknown" ? user.title : user.reference;
  };
  if (typeof source === "string") return reference(source);
  if ("file" in source && !("line" in source)) return reference(source.file);
  const rows = Array.isArray(source)
    ? source as readonly Cited[]
    : "objects" in source && typeof source.objects === "function"
    ? source.objects() as Cited[]
    : [source as Cited];
  if (rows.length === 0) throw new TypeError("Cannot cite: no rows given");
  const lines = new Map<string, { seed: string; page: number | null; lines: number[] }>();
  rows.forEach((row, i) => {
    const { seed, line, page } = row ?? {};
    if (typeof seed !== "string" || !Number.isInteger(line) || line < 1) {
      throw new TypeError(
        `Cannot cite row ${i + 1}: expected a seed file and a line, got ${JSON.stringify(row)}`,
      );
    }
    const onPage = typeof page === "number" ? page : null;
    const key = `${seed}\u0000${onPage}`;
    const entry = lines.get(key) ?? { seed, page: onPage, lines: [] };
    entry.lines.push(line);
    lines.set(key, entry);
  });
  // Pages of one document follow its reference once: "FOI 042/25, page 1, line 5; page 2, line 1".
  return [...lines.values()].map(({ seed, page, lines: found }, i, all) => {
    const where = `${page === null ? "" : `page ${page}, `}${span(found)}`;
    return i > 0 && all[i - 1].seed === seed ? where : `${reference(seed)}, ${where}`;
  }).join("; ");
}

function span(lines: number[]): string {
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

function readManifestOnce(dir: string): readonly SeedInfo[] {
  const path = manifestPath(dir);
  let manifest = manifests.get(path);
  if (manifest === undefined) {
    manifest = parseManifest(Deno.readTextFileSync(path), path);
    manifests.set(path, manifest);
  }
  return manifest;
}
