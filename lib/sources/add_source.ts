import { isDatasetName } from "../datasets/registry.ts";
import { withFolderLock } from "../io/with_folder_lock.ts";
import { readSourcesManifest, SOURCE_ID, type SourceInfo } from "../data/sources_manifest.ts";
import { ingest } from "../ingest/ingest.ts";
import type { IngestWarning } from "../ingest/types.ts";
import { formatOf, readSourceText } from "./_document_text.ts";
import { foldersOf, manifestText, writeAll } from "./_files.ts";
import { sha256Hex } from "../io/sha256_hex.ts";
import { formatReview, proposeReview, type ReviewRow } from "./review_file.ts";
import type { SourcesOptions } from "./user_findings.ts";

/** Options for {@linkcode addSource}: what the document is, and where the user's files are. */
export interface AddSourceOptions extends SourcesOptions {
  /** The id: the name of its dataset and the stem of its files; default from the file's name. */
  id?: string;
  /** A short title; default the publisher and reference, else the file's name. */
  title?: string;
  /** Who published it; default what the document says, else "unknown". */
  publisher?: string;
  /** The publisher's reference; default what the document says, else "unknown". */
  reference?: string;
  /** Its date, ISO (YYYY-MM-DD); default what the document says, else "unknown". */
  date?: string;
  /** Its licence; default "unknown". */
  licence?: string;
}

/** What {@linkcode addSource} did. */
export interface AddedSource {
  /** The manifest entry written. */
  entry: SourceInfo;
  /** The path of the copy in `seeds/user/`. */
  document: string;
  /** The path of the review file written beside it. */
  reviewFile: string;
  /** The proposed figures, as in the review file. */
  rows: ReviewRow[];
  /** What ingest could not read, or read with a doubt. */
  warnings: IngestWarning[];
  /** Pages of a PDF with no text on them (scanned pages), 1-based. */
  pagesWithoutText: number[];
}

/**
 * Adds a user's document: reads it (PDF, Word, text, markdown or HTML) and finds its figures with
 * `ingest()`, then copies it byte for byte into `seeds/user/<id>.<ext>`, writes the review file
 * `seeds/user/<id>.review.csv` beside it (one row per proposed figure, see `proposeReview()`),
 * and adds its entry to `seeds/user/manifest.json` (SHA-256, publisher, reference, date,
 * licence). The document is read before anything is written, and a failed write puts back what
 * was written, so a refused document leaves `seeds/user/` as it was. The manifest is read again
 * and written holding a lock on the folder, so adds run at once keep every entry.
 *
 * @param path The document.
 * @param options Its id and what is known of it; where the user's files are.
 * @returns The entry, the paths written, the proposed rows and ingest's warnings.
 * @throws {TypeError} For a file that is not a .pdf, .docx, .txt, .md or .html.
 * @throws {RangeError} For a bad id, an id already used (by a shipped dataset or a document
 *   added before), or a date that is not YYYY-MM-DD.
 * @throws {SyntaxError} For a document that cannot be read (see `readPdf()`, `readDocx()`,
 *   `readDocument()`).
 * @throws {Deno.errors.NotFound} When there is no such file.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { addSource } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/reply.txt`, "Our ref: 042/25\n\nIn 2023/24 we made 214 referrals.\n");
 * const added = await addSource(`${dir}/reply.txt`, { id: "reply", userSeeds: `${dir}/seeds/user` });
 * assert.equal(added.entry.reference, "042/25");
 * assert.deepEqual([added.rows[0].value, added.rows[0].period], ["214", "2023-24"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function addSource(
  path: string,
  options: AddSourceOptions = {},
): Promise<AddedSource> {
  const { userSeeds } = foldersOf(options);
  const { format, ext } = formatOf(path);
  const name = path.split(/[/\\]/).pop()!;
  const id = options.id ?? name.replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "");
  const cannot = `Cannot add "${path}"`;
  if (!SOURCE_ID.test(id)) {
    throw new RangeError(
      `${cannot}: the id "${id}" must be lower-case letters, digits and underscores, starting ` +
        "with a letter (give one with --id)",
    );
  }
  // Refused before the document is read, and again under the lock: another add may take it.
  refuseTaken(id, await readSourcesManifest(userSeeds), cannot);
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new RangeError(`${cannot}: the date "${options.date}" is not a date such as 2025-05-02`);
  }
  const bytes = await Deno.readFile(path).catch((error) => {
    if (error instanceof Error) error.message = `${cannot}: ${error.message}`;
    throw error;
  });
  const text = await readSourceText(path, format);
  const file = `${id}.${ext}`;
  const result = ingest(text.text, {
    source: file,
    format: format === "markdown" || format === "html" ? format : "text",
  });
  const rows = proposeReview(result, text);
  const meta = result.metadata;
  const publisher = options.publisher ?? meta.publisher ?? "unknown";
  const reference = options.reference ?? meta.reference ?? "unknown";
  const entry: SourceInfo = {
    id,
    file,
    original: name,
    title: options.title ?? titleOf(name, publisher, reference),
    publisher,
    reference,
    date: options.date ?? meta.date ?? "unknown",
    licence: options.licence ?? "unknown",
    format,
    bytes: bytes.length,
    sha256: await sha256Hex(bytes),
    review: `${id}.review.csv`,
    accepted: null,
  };
  const document = `${userSeeds}/${file}`;
  const reviewFile = `${userSeeds}/${entry.review}`;
  // The manifest is read again and written under a lock on the folder, so two adds at once (in
  // one program or two) each add their entry to what the other wrote, never over it.
  await Deno.mkdir(userSeeds, { recursive: true });
  await withFolderLock(userSeeds, async () => {
    const manifest = await readSourcesManifest(userSeeds);
    refuseTaken(id, manifest, cannot);
    for (const existing of [document, reviewFile]) {
      if (await Deno.stat(existing).then(() => true, () => false)) {
        throw new RangeError(`${cannot}: ${existing} already exists (choose another id with --id)`);
      }
    }
    await writeAll([
      { path: document, data: bytes },
      { path: reviewFile, data: formatReview(rows) },
      { path: `${userSeeds}/manifest.json`, data: manifestText([...manifest, entry]) },
    ]);
  });
  return {
    entry,
    document,
    reviewFile,
    rows,
    warnings: result.warnings,
    pagesWithoutText: text.pagesWithoutText,
  };
}

function refuseTaken(id: string, manifest: readonly SourceInfo[], cannot: string): void {
  const added = manifest.find((entry) => entry.id === id);
  if (!isDatasetName(id) && added === undefined) return;
  const by = added === undefined ? "a dataset the toolkit ships" : `seeds/user/${added.file}`;
  throw new RangeError(
    `${cannot}: the id "${id}" is already used by ${by} (choose another with --id)`,
  );
}

function titleOf(name: string, publisher: string, reference: string): string {
  if (reference === "unknown") return name;
  return publisher === "unknown" ? reference : `${publisher}, ${reference}`;
}
