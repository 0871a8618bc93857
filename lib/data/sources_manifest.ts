import { z } from "../deps.ts";
import { USER_SEEDS_DIR } from "../io/paths.ts";
import type { SeedInfo } from "./manifest.ts";

/** What was accepted from a user's document: the reviewed rows that made its dataset. */
export interface SourceAccepted {
  /** The SHA-256 of the review file as accepted, in hex. */
  review_sha256: string;
  /** The dataset's title. */
  title: string;
  /** How many rows the dataset has, stated figures included. */
  rows: number;
  /** The SHA-256 of `data/<id>.csv` as written, in hex. */
  dataset_sha256: string;
  /** The findings made from its stated totals, with the status each had when accepted. */
  findings: { id: string; expected: string }[];
}

/**
 * An entry of `seeds/user/manifest.json`: one document the user added with `deno task add`, told
 * as a seed is (its `file` in `seeds/user/`, as `<id>.pdf`, `<id>.docx`…, the name the user gave
 * it, title, publisher, reference, licence, size and SHA-256), where what is neither given nor
 * said by the document is "unknown".
 */
export interface SourceInfo
  extends Omit<SeedInfo, "date" | "description" | "licence_url" | "lines"> {
  /** The id it was added with: the name of its dataset, and the stem of its files. */
  id: string;
  /** The document's date (ISO, YYYY-MM-DD), as given or as the document says; else "unknown". */
  date: string;
  /** What it is: `pdf`, `docx`, `text`, `markdown` or `html`. */
  format: "pdf" | "docx" | "text" | "markdown" | "html";
  /** Its review file in `seeds/user/` (`<id>.review.csv`). */
  review: string;
  /** What was accepted from it, or null before `deno task add --accept`. */
  accepted: SourceAccepted | null;
}

/** A user dataset's id: lower-case letters, digits and underscores, starting with a letter. */
export const SOURCE_ID: RegExp = /^[a-z][a-z0-9_]{0,63}$/;

const HEX = /^[0-9a-f]{64}$/;

// Built on first use, not at import, as the seed manifest's is.
function sourceInfoSchema(): z.ZodType<SourceInfo> {
  const accepted = z.object({
    review_sha256: z.string().regex(HEX),
    title: z.string().min(1),
    rows: z.number().int().nonnegative(),
    dataset_sha256: z.string().regex(HEX),
    findings: z.array(z.object({ id: z.string().min(1), expected: z.string().min(1) })),
  });
  return z.object({
    id: z.string().regex(SOURCE_ID),
    file: z.string().regex(/^[a-z][a-z0-9_]*\.(pdf|docx|txt|md|html|htm)$/),
    original: z.string(),
    title: z.string().min(1),
    publisher: z.string().min(1),
    reference: z.string().min(1),
    date: z.union([z.iso.date(), z.literal("unknown")]),
    licence: z.string().min(1),
    format: z.enum(["pdf", "docx", "text", "markdown", "html"]),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(HEX),
    review: z.string().regex(/^[a-z][a-z0-9_]*\.review\.csv$/),
    accepted: accepted.nullable(),
  }).superRefine((entry, ctx) => {
    const stem = entry.file.replace(/\.[a-z]+$/, "");
    if (stem !== entry.id || entry.review !== `${entry.id}.review.csv`) {
      ctx.addIssue({
        code: "custom",
        path: ["file"],
        message: `Expected the files of "${entry.id}" to be named ${entry.id}.*`,
        input: entry.file,
      });
    }
  });
}

/**
 * The path of the manifest of the user's documents in their folder.
 *
 * @param dir The folder of the user's documents; defaults to the toolkit's `seeds/user/`.
 * @returns The manifest's path.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sourcesManifestPath } from "./mod.ts";
 * assert.equal(sourcesManifestPath("/tmp/seeds/user/"), "/tmp/seeds/user/manifest.json");
 * ```
 */
export function sourcesManifestPath(dir: string = USER_SEEDS_DIR): string {
  return `${dir.replace(/\/$/, "")}/manifest.json`;
}

/**
 * Reads `seeds/user/manifest.json`: the documents the user added, each with its SHA-256, publisher,
 * reference, date, licence and, once accepted, its dataset. No manifest means no documents.
 *
 * @param dir The folder of the user's documents; defaults to the toolkit's `seeds/user/`.
 * @returns The documents, in the order they were added.
 * @throws {TypeError} When the manifest is not JSON or does not match its schema (every problem
 *   listed, with the file's path).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSourcesManifest } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * assert.deepEqual(await readSourcesManifest(dir), []);
 * await Deno.writeTextFile(`${dir}/manifest.json`, '[{"id": "Bad id"}]');
 * await assert.rejects(readSourcesManifest(dir), TypeError);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function readSourcesManifest(dir: string = USER_SEEDS_DIR): Promise<SourceInfo[]> {
  const path = sourcesManifestPath(dir);
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  return parseSourcesManifest(text, path);
}

/**
 * {@linkcode readSourcesManifest} without waiting: for `catalog()` and `cite()`, which return
 * at once.
 *
 * @param dir The folder of the user's documents; defaults to the toolkit's `seeds/user/`.
 * @returns The documents, in the order they were added.
 * @throws {TypeError} When the manifest does not match its schema.
 */
export function readSourcesManifestSync(dir: string = USER_SEEDS_DIR): SourceInfo[] {
  const path = sourcesManifestPath(dir);
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  return parseSourcesManifest(text, path);
}

/**
 * Validates the text of the manifest of the user's documents: what {@linkcode readSourcesManifest} does once the
 * file is read.
 *
 * @param text The JSON text.
 * @param path Where it was read from, for the error message.
 * @returns The documents.
 * @throws {TypeError} When it is not JSON or does not match the schema, or two entries share an
 *   id.
 */
export function parseSourcesManifest(text: string, path: string): SourceInfo[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TypeError(
      `Cannot read the manifest of your documents "${path}": ${(error as Error).message}`,
    );
  }
  const result = z.array(sourceInfoSchema()).safeParse(json);
  if (!result.success) {
    throw new TypeError(
      `Cannot read the manifest of your documents "${path}":\n${z.prettifyError(result.error)}`,
    );
  }
  const ids = result.data.map((entry) => entry.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) {
    throw new TypeError(
      `Cannot read the manifest of your documents "${path}": the id "${twice}" is used twice`,
    );
  }
  return result.data;
}
