import { SEEDS_DIR } from "../../lib/data/mod.ts";

/** The text of a seed, for calling an extractor directly. */
export function seedText(file: string): Promise<string> {
  return Deno.readTextFile(`${SEEDS_DIR}${file}`);
}
