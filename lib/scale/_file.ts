// Private to lib/scale: opening and reading a referral file with every error naming it, in the
// loaders' words. Deno's own errors keep their class (NotFound, PermissionDenied…) so callers can
// still tell them apart; a folder, or an empty file, is named as such.
import { problem } from "./_problem.ts";

/** The size of the file at `path`, once it is known to be a file with something in it. */
export async function fileSize(path: string): Promise<number> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    throw renamed(error, path);
  }
  if (info.isDirectory) {
    throw new TypeError(problem({ file: path }, "the path is a folder, not a file"));
  }
  if (info.size === 0) throw new SyntaxError(problem({ file: path }, "the file is empty"));
  return info.size;
}

/** The file opened for reading. */
export async function openFile(path: string): Promise<Deno.FsFile> {
  try {
    return await Deno.open(path, { read: true });
  } catch (error) {
    throw renamed(error, path);
  }
}

/** `file.read(into)`, naming the file if it fails. */
export async function readInto(
  file: Deno.FsFile,
  into: Uint8Array,
  path: string,
): Promise<number | null> {
  try {
    return await file.read(into);
  } catch (error) {
    throw renamed(error, path);
  }
}

/** The whole file's bytes. */
export async function readWhole(path: string): Promise<Uint8Array> {
  await fileSize(path);
  try {
    return await Deno.readFile(path);
  } catch (error) {
    throw renamed(error, path);
  }
}

// The same class, in the loaders' words and naming the file.
function renamed(error: unknown, path: string): Error {
  if (!(error instanceof Error)) return new Error(problem({ file: path }, String(error)));
  const why = error instanceof Deno.errors.NotFound
    ? "there is no such file"
    : `the file cannot be read (${error.message})`;
  const Kind = error.constructor as new (message: string, options?: ErrorOptions) => Error;
  return new Kind(problem({ file: path }, why), { cause: error });
}
