// Replaces a folder as a whole: the new one is built beside it, then renamed into place, so a
// reader never sees a half-written folder, and a failed build leaves the old one untouched.
import { basename, dirname, join } from "node:path";

export async function replaceDir(
  target: string,
  build: (dir: string) => Promise<void>,
): Promise<void> {
  const parent = dirname(target);
  await Deno.mkdir(parent, { recursive: true });
  const fresh = await Deno.makeTempDir({ dir: parent, prefix: `.${basename(target)}.new-` });
  const old = `${fresh}.old`;
  try {
    await build(fresh);
    // makeTempDir makes a private (0700) folder; a site is for reading.
    await Deno.chmod(fresh, 0o755);
    const hadOld = await moveIfExists(target, old);
    try {
      await Deno.rename(fresh, target);
    } catch (error) {
      if (hadOld) await Deno.rename(old, target);
      throw error;
    }
    if (hadOld) await Deno.remove(old, { recursive: true });
  } finally {
    await Deno.remove(fresh, { recursive: true }).catch(ignoreNotFound);
  }
}

async function moveIfExists(from: string, to: string): Promise<boolean> {
  try {
    await Deno.rename(from, to);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof Deno.errors.NotFound)) throw error;
}

/** Writes a file under a folder, making the folders on its path. */
export async function writeUnder(dir: string, path: string, content: string): Promise<void> {
  const full = join(dir, path);
  await Deno.mkdir(dirname(full), { recursive: true });
  await Deno.writeTextFile(full, content);
}
