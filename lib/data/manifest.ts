import { z } from "../deps.ts";
import { SEEDS_DIR } from "../io/paths.ts";

/** An entry of `seeds/manifest.json`: one source document. */
export interface SeedInfo {
  /** The file in `seeds/`. */
  file: string;
  /** The file's name as first received (in `../shared/seeds/`). */
  original: string;
  /** A short title. */
  title: string;
  /** Who published it. */
  publisher: string;
  /** The publisher's reference, e.g. `FOI 0004-24`. */
  reference: string;
  /** The document's date (ISO, YYYY-MM-DD), or null when it is undated. */
  date: string | null;
  /** What it holds. */
  description: string;
  /** The licence it is published under. */
  licence: string;
  /** Where the licence text is. */
  licence_url: string;
  /** Its size in bytes. */
  bytes: number;
  /** Its number of lines. */
  lines: number;
  /** The SHA-256 of its bytes, in hex. */
  sha256: string;
}

// Built on first use, not at import: building zod schemas costs several ms, which every
// `deno run` importing the toolkit would pay.
function seedInfoSchema(): z.ZodType<SeedInfo> {
  // The return type makes the schema describe exactly the interface above.
  return z.object({
    file: z.string().regex(/^[a-z0-9_]+\.txt$/),
    original: z.string(),
    title: z.string(),
    publisher: z.string(),
    reference: z.string(),
    date: z.iso.date().nullable(),
    description: z.string(),
    licence: z.string(),
    licence_url: z.url(),
    bytes: z.number().int().positive(),
    lines: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  });
}

/**
 * Reads and validates `seeds/manifest.json`: for each source document its publisher, reference,
 * date, licence and SHA-256.
 *
 * @param dir The seeds folder; defaults to the toolkit's `seeds/`.
 * @returns The documents, in order.
 * @throws {TypeError} When the manifest does not match its schema (every problem listed).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readManifest } from "../mod.ts";
 * const seeds = await readManifest();
 * assert.equal(seeds.length, 5);
 * assert.ok(seeds.every((s) => s.licence === "Open Government Licence v3.0"));
 * ```
 */
export async function readManifest(dir: string = SEEDS_DIR): Promise<SeedInfo[]> {
  const path = manifestPath(dir);
  return parseManifest(await Deno.readTextFile(path), path);
}

/** The manifest's path in a seeds folder. */
export function manifestPath(dir: string = SEEDS_DIR): string {
  return `${dir.replace(/\/$/, "")}/manifest.json`;
}

/**
 * Validates the text of a seed manifest: what {@linkcode readManifest} does once the file is read.
 *
 * @param text The JSON text.
 * @param path Where it was read from, for the error message.
 * @returns The documents, in order.
 * @throws {TypeError} When it does not match the schema (every problem listed).
 */
export function parseManifest(text: string, path: string): SeedInfo[] {
  const result = z.array(seedInfoSchema()).safeParse(JSON.parse(text));
  if (!result.success) {
    throw new TypeError(`Cannot read seed manifest "${path}":\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
