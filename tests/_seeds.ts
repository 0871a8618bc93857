/**
 * The shipped seeds as the tests of every area copy them: the files directly in `seeds/` (the
 * five documents and their manifest), not the folder `seeds/user/` of the user's own documents.
 *
 * @module
 */
import { SEEDS_DIR } from "../lib/io/paths.ts";

/** Copies the shipped seeds into `dir`, each file's text through `change` when given. */
export async function copySeeds(
  dir: string,
  change?: (text: string, file: string) => string,
): Promise<void> {
  for await (const entry of Deno.readDir(SEEDS_DIR)) {
    if (!entry.isFile) continue;
    const from = `${SEEDS_DIR}${entry.name}`;
    const to = `${dir}/${entry.name}`;
    if (change === undefined) await Deno.copyFile(from, to);
    else await Deno.writeTextFile(to, change(await Deno.readTextFile(from), entry.name));
  }
}
