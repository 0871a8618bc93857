import { join, resolve } from "node:path";
import { withFolderLock } from "../io/with_folder_lock.ts";

/**
 * Replaces several entries of a folder (files or folders) as one: they are built in a fresh
 * folder inside it, then, holding a lock on the folder, the old entries are moved out and the new
 * ones renamed in. A reader never sees a half-written entry, and never old and new entries side
 * by side; two calls at once (in one program or two) take turns for the swap; a build that fails
 * leaves the folder as it was. A name the build does not write is removed, so every entry comes
 * from the same build or is absent.
 *
 * The swap is a few renames, not one: a program killed in the middle of it can leave some entries
 * absent (never a mix of old and new). A build folder left by a program that died (named with
 * its process id) is removed by the next call on Linux.
 *
 * @param dir The folder, created if missing.
 * @param names The entries to replace, e.g. `["findings.json", "site"]`.
 * @param build Writes the new entries into the folder it is given.
 * @returns Which of `names` the build wrote.
 * @throws {TypeError} When a name is not a plain file name (empty, `.`, `..`, or with a slash).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { publishTogether } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/old.txt`, "from the last run");
 * const written = await publishTogether(dir, ["old.txt", "new.txt"], async (staging) => {
 *   await Deno.writeTextFile(`${staging}/new.txt`, "from this run");
 * });
 * assert.deepEqual(written, ["new.txt"]);
 * assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["new.txt"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function publishTogether(
  dir: string,
  names: readonly string[],
  build: (staging: string) => Promise<void>,
): Promise<string[]> {
  for (const name of names) {
    if (name === "" || name === "." || name === ".." || /[\\/]/.test(name)) {
      throw new TypeError(`Cannot publish "${name}": expected a file or folder name`);
    }
  }
  const target = resolve(dir);
  await Deno.mkdir(target, { recursive: true });
  const staging = await Deno.makeTempDir({ dir: target, prefix: `${STAGING}${Deno.pid}-` });
  try {
    await build(staging);
    // makeTempDir makes a private (0700) folder; what is published is for reading.
    for (const name of names) {
      const info = await Deno.lstat(join(staging, name)).catch(() => null);
      if (info?.isDirectory) await Deno.chmod(join(staging, name), 0o755);
    }
    return await withFolderLock(target, () => swap(target, staging, names));
  } finally {
    await Deno.remove(staging, { recursive: true }).catch(() => {});
  }
}

/** Build folders are `.publish-<pid>-<random>`, so one left by a dead program can be found. */
const STAGING = ".publish-";

async function swap(target: string, staging: string, names: readonly string[]): Promise<string[]> {
  await removeAbandoned(target);
  const old = join(staging, ".old");
  await Deno.mkdir(old);
  const moved: string[] = [];
  const added: string[] = [];
  try {
    for (const name of names) {
      if (await rename(join(target, name), join(old, name))) moved.push(name);
    }
    for (const name of names) {
      if (await rename(join(staging, name), join(target, name))) added.push(name);
    }
  } catch (error) {
    // Put the old entries back as they were.
    for (const name of added) await Deno.remove(join(target, name), { recursive: true });
    for (const name of moved) await Deno.rename(join(old, name), join(target, name));
    throw error;
  }
  return added;
}

/** Renames `from` to `to`; false when there is nothing at `from`. */
async function rename(from: string, to: string): Promise<boolean> {
  try {
    await Deno.rename(from, to);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/** Removes build folders whose program is no longer running (Linux only: it reads /proc). */
async function removeAbandoned(target: string): Promise<void> {
  if (Deno.build.os !== "linux") return;
  for await (const entry of Deno.readDir(target)) {
    const pid = new RegExp(`^${STAGING.replace(".", "\\.")}(\\d+)-`).exec(entry.name)?.[1];
    if (pid === undefined || (await Deno.stat(`/proc/${pid}`).then(() => true, () => false))) {
      continue;
    }
    await Deno.remove(join(target, entry.name), { recursive: true }).catch(() => {});
  }
}
