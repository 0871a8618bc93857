// Private to lib/scale: the checksum every Arrow and Parquet copy carries, so a damaged or edited
// copy is refused instead of read as other values. The copy's footer metadata (Arrow's file-level
// custom metadata, Parquet's key-value metadata) holds `checksum = referrals-sha256:<64 hex>`: the
// SHA-256 of the whole file with those 64 characters written as "0"s. It is computed as the file
// is written (the placeholder is already in place, so one pass) and patched in last; a reader
// finds the marker near the end of the file, zeroes the digits, hashes and compares. So every
// byte is covered, the footer and the digits included. A file without the marker (one written by
// another tool) is read unchecked: its values are still checked against the schema.
import { sha256Hex } from "../io/sha256_hex.ts";
import { loadNodeCrypto } from "./_packages.ts";
import { problem } from "./_problem.ts";

/** The metadata key. */
export const CHECKSUM_KEY = "checksum";
const MARKER = new TextEncoder().encode("referrals-sha256:");
const DIGITS = 64;
const ZERO = 48; // "0"
// The footer is at the end, and far smaller than this: the marker is looked for here only.
const WINDOW = 2 ** 20;

/** The metadata value to write, to be patched by {@linkcode SealedFile.seal}. */
export const CHECKSUM_PLACEHOLDER: string = new TextDecoder().decode(MARKER) + "0".repeat(DIGITS);

/** Where the checksum's digits are (the last marker in the file's final MiB), or -1. */
function findChecksum(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - WINDOW);
  outer: for (let at = bytes.length - MARKER.length - DIGITS; at >= stop; at--) {
    for (let k = 0; k < MARKER.length; k++) if (bytes[at + k] !== MARKER[k]) continue outer;
    return at + MARKER.length;
  }
  return -1;
}

/**
 * Checks a copy against its checksum: true when it matches, false when the file carries none,
 * else a SyntaxError naming the file. The bytes are left as they were.
 */
export async function verifyChecksum(bytes: Uint8Array, file: string): Promise<boolean> {
  const at = findChecksum(bytes);
  if (at < 0) return false;
  const stored = bytes.slice(at, at + DIGITS);
  bytes.fill(ZERO, at, at + DIGITS);
  let digest: string;
  try {
    digest = await sha256Hex(bytes);
  } finally {
    bytes.set(stored, at);
  }
  if (digest !== new TextDecoder().decode(stored)) {
    throw new SyntaxError(
      problem(
        { file },
        "the file does not match the checksum written with it: it was changed or damaged " +
          "after it was written (write or convert it again)",
      ),
    );
  }
  return true;
}

interface Hash {
  update(bytes: Uint8Array): unknown;
  digest(encoding: "hex"): string;
}

/** An open file written through a running SHA-256, sealed with it at the end. */
export class SealedFile {
  readonly #file: Deno.FsFile;
  readonly #hash: Hash;
  #size = 0;
  // The last chunks written, at least WINDOW bytes when there are that many: the footer is there.
  // They are the writers' own arrays, which are not changed once written.
  #tail: Uint8Array[] = [];
  #tailSize = 0;

  private constructor(file: Deno.FsFile, hash: Hash) {
    this.#file = file;
    this.#hash = hash;
  }

  /** Starts writing to `file` (open for writing, empty). */
  static async open(file: Deno.FsFile): Promise<SealedFile> {
    const { createHash } = await loadNodeCrypto();
    return new SealedFile(file, createHash("sha256"));
  }

  /** Bytes written so far. */
  get size(): number {
    return this.#size;
  }

  /** Appends bytes. */
  async write(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    this.#hash.update(bytes);
    for (let at = 0; at < bytes.length;) at += await this.#file.write(bytes.subarray(at));
    this.#size += bytes.length;
    this.#tail.push(bytes);
    this.#tailSize += bytes.length;
    while (this.#tailSize - this.#tail[0].length >= WINDOW) {
      this.#tailSize -= this.#tail.shift()!.length;
    }
  }

  /** Writes the checksum over its placeholder, which the footer must hold. */
  async seal(): Promise<void> {
    const tail = new Uint8Array(this.#tailSize);
    let offset = 0;
    for (const chunk of this.#tail) {
      tail.set(chunk, offset);
      offset += chunk.length;
    }
    const at = findChecksum(tail);
    if (at < 0 || tail.subarray(at, at + DIGITS).some((b) => b !== ZERO)) {
      throw new Error("Cannot seal a columnar copy: its footer holds no checksum placeholder");
    }
    const digits = new TextEncoder().encode(this.#hash.digest("hex"));
    await this.#file.seek(this.#size - tail.length + at, Deno.SeekMode.Start);
    for (let k = 0; k < digits.length;) k += await this.#file.write(digits.subarray(k));
    await this.#file.seek(0, Deno.SeekMode.End);
  }
}
