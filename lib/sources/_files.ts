// Private to lib/sources: hashing and writing the user's files so that a failed step leaves
// sources/, data/ and the manifest as they were.
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import type { SourceInfo } from "../data/sources_manifest.ts";

/** The text of the manifest, as `deno task add` writes it. */
export function manifestText(entries: readonly SourceInfo[]): string {
  return JSON.stringify(entries, null, 2) + "\n";
}

/** The text of `sources/datasets.ts` for these entries: the names `load()` takes. */
export function datasetNamesText(entries: readonly SourceInfo[]): string {
  const names = entries.filter((e) => e.accepted !== null).map((e) => `"${e.id}"`);
  return [
    "// Written by `deno task add --accept` from sources/manifest.json: the names of the datasets made",
    "// from the documents in this folder, so `load()` takes them by name and a misspelt name does not",
    "// compile. Do not edit by hand; `deno task reproduce` checks it against the manifest.",
    "",
    "/** The name of a dataset made from a document in `sources/`. */",
    `export type UserDatasetName = ${names.length === 0 ? "never" : names.join(" | ")};`,
    "",
  ].join("\n");
}

/**
 * Writes files, each atomically; when one fails, puts back every file already written as it
 * was (or removes it, if it was new), then throws the error.
 */
export async function writeAll(files: readonly { path: string; data: string | Uint8Array }[]) {
  const before: { path: string; data: Uint8Array | null }[] = [];
  try {
    for (const file of files) {
      before.push({ path: file.path, data: await Deno.readFile(file.path).catch(() => null) });
      await writeFileAtomic(file.path, file.data);
    }
  } catch (error) {
    for (const { path, data } of before.reverse()) {
      if (data === null) await Deno.remove(path).catch(() => {});
      else await writeFileAtomic(path, data).catch(() => {});
    }
    throw error;
  }
}
