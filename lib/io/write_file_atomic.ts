import { basename, dirname, join, resolve } from "node:path";
/**
 * Writes a file whole or not at all: the data goes to a temporary file beside `path`, is flushed
 * to disk (fsync) and is then renamed over `path`, so a reader sees the old file or the new one,
 * never half of one, and an interrupted write leaves the old file. On failure the temporary file
 * is removed and the error is thrown as it is. Missing parent folders are created.
 *
 * @param path The file to write.
 * @param data Its contents: text (written as UTF-8), bytes, or a function that writes them to the
 *   open temporary file, for contents too large to hold at once (a million-row CSV).
 * @returns Once the file is in place.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeFileAtomic } from "./write_file_atomic.ts";
 * const dir = await Deno.makeTempDir();
 * await writeFileAtomic(`${dir}/out/a.txt`, "one\n");
 * await writeFileAtomic(`${dir}/out/a.txt`, new TextEncoder().encode("two\n"));
 * assert.equal(await Deno.readTextFile(`${dir}/out/a.txt`), "two\n");
 * assert.deepEqual([...Deno.readDirSync(`${dir}/out`)].map((entry) => entry.name), ["a.txt"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | ((file: Deno.FsFile) => Promise<void>),
): Promise<void> {
  const dir = dirname(resolve(path));
  await Deno.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${crypto.randomUUID().slice(0, 8)}.tmp`);
  try {
    using file = await Deno.open(temp, { write: true, createNew: true });
    if (typeof data === "function") await data(file);
    else await writeAll(file, typeof data === "string" ? new TextEncoder().encode(data) : data);
    await file.sync();
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
  try {
    await Deno.rename(temp, path);
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
  await syncDirectory(dir);
}

/** Writes all the bytes: `write()` may take only some of them at a time. */
async function writeAll(file: Deno.FsFile, bytes: Uint8Array): Promise<void> {
  for (let written = 0; written < bytes.length;) {
    written += await file.write(bytes.subarray(written));
  }
}

async function removeQuietly(path: string): Promise<void> {
  // The original error is the one worth reporting; a temp file that never appeared is fine.
  await Deno.remove(path).catch(() => {});
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; Windows cannot open a folder as a file, and has no need.
  if (Deno.build.os === "windows") return;
  using handle = await Deno.open(dir, { read: true });
  await handle.sync();
}
