// Private to lib/sources: where the user's files are, and writing them so that a failed step
// leaves seeds/user/, data/, the manifest and the dataset names as they were.
import { DATA_DIR, USER_DATASET_NAMES_FILE, USER_SEEDS_DIR } from "../io/paths.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import type { SourceInfo } from "../data/sources_manifest.ts";
import type { SourcesOptions } from "./user_findings.ts";

/** The folders and the names file of some options, each defaulted, folders without a final `/`. */
export function foldersOf(
  options: SourcesOptions,
): { userSeeds: string; data: string; namesFile: string } {
  return {
    userSeeds: (options.userSeeds ?? USER_SEEDS_DIR).replace(/[/\\]$/, ""),
    data: (options.data ?? DATA_DIR).replace(/[/\\]$/, ""),
    namesFile: options.namesFile ?? USER_DATASET_NAMES_FILE,
  };
}

/** The text of the manifest, as `deno task add` writes it. */
export function manifestText(entries: readonly SourceInfo[]): string {
  return JSON.stringify(entries, null, 2) + "\n";
}

/**
 * The text of `lib/datasets/user_dataset_names.ts` for these entries: the names `load()` takes,
 * laid out as `deno fmt` lays them out (one per line when there are two or more).
 */
export function datasetNamesText(entries: readonly SourceInfo[]): string {
  const names = entries.filter((e) => e.accepted !== null).map((e) => `"${e.id}"`);
  const type = names.length === 0
    ? " never;"
    : names.length === 1
    ? ` ${names[0]};`
    : names.map((name) => `\n  | ${name}`).join("") + ";";
  return [
    "// Written by `deno task add --accept` from seeds/user/manifest.json: the names of the datasets",
    "// made from your documents, so `load()` takes them by name and a misspelt name does not",
    "// compile. Do not edit by hand; `deno task reproduce` checks it against the manifest.",
    "",
    "/** The name of a dataset made from a document in `seeds/user/` (`deno task add --accept`). */",
    `export type UserDatasetName =${type}`,
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
