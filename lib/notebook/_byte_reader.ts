/**
 * Exact-size reads from a TCP connection: a frame may arrive split across reads, and one read may
 * hold many frames, so bytes are buffered between calls.
 *
 * @module
 */

const CHUNK = 64 * 1024;

/** Reads exactly the bytes asked for, buffering what a read returned beyond them. */
export class ByteReader {
  #conn: Deno.Conn;
  #buffer = new Uint8Array(CHUNK);
  #start = 0;
  #end = 0;

  constructor(conn: Deno.Conn) {
    this.#conn = conn;
  }

  /** Bytes already buffered and not yet taken. */
  get buffered(): number {
    return this.#end - this.#start;
  }

  /**
   * Reads exactly `size` bytes.
   *
   * @returns The bytes, or null when the connection ended before any of them arrived.
   * @throws {RangeError} When the connection ended after some but not all of them.
   */
  async read(size: number): Promise<Uint8Array | null> {
    if (this.buffered >= size) return this.#take(size);
    const out = new Uint8Array(size);
    let filled = this.buffered;
    out.set(this.#buffer.subarray(this.#start, this.#end));
    this.#start = this.#end = 0;
    while (filled < size) {
      const missing = size - filled;
      if (missing >= CHUNK) {
        // Large frames are read straight into place rather than through the buffer.
        const n = await this.#conn.read(out.subarray(filled));
        if (n === null) return this.#ended(filled, size);
        filled += n;
        continue;
      }
      const n = await this.#conn.read(this.#buffer);
      if (n === null) return this.#ended(filled, size);
      const used = Math.min(n, missing);
      out.set(this.#buffer.subarray(0, used), filled);
      filled += used;
      this.#start = used;
      this.#end = n;
    }
    return out;
  }

  #take(size: number): Uint8Array {
    const out = this.#buffer.slice(this.#start, this.#start + size);
    this.#start += size;
    if (this.#start === this.#end) this.#start = this.#end = 0;
    return out;
  }

  #ended(filled: number, size: number): null {
    if (filled === 0) return null;
    throw new RangeError(`connection ended after ${filled} of ${size} bytes`);
  }
}
