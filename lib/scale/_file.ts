// Private to lib/scale: opening and reading a referral file with every error naming it, in the
// loaders' words. Deno's own errors keep their class (NotFound, PermissionDenied…) so callers can
// still tell them apart; a folder, or an empty file, is named as such.
//
// The calls are Deno's synchronous ones: an async file call runs on a helper thread and wakes the
// program when done, two waits for the scheduler per call, which on a busy machine added about a
// third to the time of loading a million rows in 8 MiB chunks.
import { problem } from "./_problem.ts";

/** The size of the file at `path`, once it is known to be a file with something in it. */
export function fileSize(path: string): number {
  const info = onFile(path, () => Deno.statSync(path));
  if (info.isDirectory) {
    throw new TypeError(problem({ file: path }, "the path is a folder, not a file"));
  }
  if (info.size === 0) throw new SyntaxError(problem({ file: path }, "the file is empty"));
  return info.size;
}

/** The file opened for reading. */
export function openFile(path: string): Deno.FsFile {
  return onFile(path, () => Deno.openSync(path, { read: true }));
}

/** `file.readSync(into)`, naming the file if it fails. */
export function readInto(file: Deno.FsFile, into: Uint8Array, path: string): number | null {
  return onFile(path, () => file.readSync(into));
}

/** The whole file's bytes. */
export function readWhole(path: string): Uint8Array {
  fileSize(path);
  return onFile(path, () => Deno.readFileSync(path));
}

// Runs a call on the file; its error is thrown as the same class, in the loaders' words and
// naming the file.
function onFile<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw renamed(error, path);
  }
}

function renamed(error: unknown, path: string): Error {
  if (!(error instanceof Error)) return new Error(problem({ file: path }, String(error)));
  const why = error instanceof Deno.errors.NotFound
    ? "there is no such file"
    : `the file cannot be read (${error.message})`;
  const Kind = error.constructor as new (message: string, options?: ErrorOptions) => Error;
  return new Kind(problem({ file: path }, why), { cause: error });
}
