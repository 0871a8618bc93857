import type { DatasetName } from "../datasets/registry.ts";

/**
 * Writes datasets' CSV text into a folder, all or nothing.
 *
 * Each file is first written beside its target under a temporary name; only when every one is
 * written are they renamed into place, so no file is ever half-written and a failure while
 * writing (a full disk) leaves `data/` as it was, its temporary files removed.
 *
 * @param dir The folder to write `<name>.csv` files into (created if missing).
 * @param datasets The CSV text of each dataset, by name.
 * @returns The paths written, in order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeDatasets } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const [path] = await writeDatasets(dir, new Map([["asb_support", "a\n1\n"]]));
 * assert.equal(await Deno.readTextFile(path), "a\n1\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeDatasets(
  dir: string,
  datasets: ReadonlyMap<DatasetName, string>,
): Promise<string[]> {
  await Deno.mkdir(dir, { recursive: true });
  const staged: [string, string][] = [];
  try {
    for (const [name, text] of datasets) {
      const target = `${dir.replace(/\/$/, "")}/${name}.csv`;
      const temp = `${target}.${crypto.randomUUID()}.tmp`;
      await Deno.writeTextFile(temp, text);
      staged.push([temp, target]);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => Deno.remove(temp).catch(() => {})));
    throw error;
  }
  for (const [temp, target] of staged) await Deno.rename(temp, target);
  return staged.map(([, target]) => target);
}
