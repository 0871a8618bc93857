/**
 * Runs `fn` holding an exclusive lock on a folder: on the folder itself where the system can open
 * one (flock on Linux and macOS), else on a `.lock` file in it (Windows). The lock is the
 * system's, so it is released when the program dies, never left stale; two holders in one
 * program or two take turns. Read what the change depends on inside `fn`, not before: a
 * read-modify-write under the lock sees every earlier writer's result.
 *
 * @param folder The folder, which must exist.
 * @param fn The work to do while holding the lock.
 * @returns What `fn` returns, once the lock is released.
 * @throws {Deno.errors.NotFound} When the folder does not exist; whatever `fn` throws.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { withFolderLock } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const order: string[] = [];
 * const step = (name: string) =>
 *   withFolderLock(dir, async () => {
 *     order.push(`${name} in`);
 *     await new Promise((resolve) => setTimeout(resolve, 10));
 *     order.push(`${name} out`);
 *   });
 * await Promise.all([step("a"), step("b")]);
 * assert.deepEqual(order.map((s) => s.split(" ")[1]), ["in", "out", "in", "out"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function withFolderLock<T>(folder: string, fn: () => Promise<T>): Promise<T> {
  const file = await Deno.open(folder, { read: true }).catch((error) => {
    if (error instanceof Deno.errors.NotFound) throw error;
    return Deno.open(`${folder.replace(/[/\\]$/, "")}/.lock`, {
      read: true,
      write: true,
      create: true,
    });
  });
  try {
    await file.lock(true);
    return await fn();
  } finally {
    file.close();
  }
}
