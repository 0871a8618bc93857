// Private to lib/scale: a column's distinct labels looked up by their UTF-8 bytes, so the CSV
// reader finds a cell's code without making a string of it. An open-addressing hash table (FNV-1a
// of the bytes) over a pool of the labels' bytes; a hit is confirmed byte by byte, so two labels
// sharing a hash are never confused. Codes are numbered in order of first appearance.

/** FNV-1a's starting value; the reader hashes a cell inline with {@linkcode FNV_PRIME}. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a's multiplier: `hash = Math.imul(hash ^ byte, FNV_PRIME)` for each byte. */
export const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of `bytes[from, to)`, as the reader computes it inline. */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}

/** Labels by their bytes. */
export class LabelIndex {
  #slots = new Int32Array(64).fill(-1);
  #pool = new Uint8Array(4096);
  #used = 0;
  #starts = new Int32Array(32);
  #lengths = new Int32Array(32);
  #hashes = new Int32Array(32);
  #size = 0;

  /** How many labels there are. */
  get size(): number {
    return this.#size;
  }

  /** The code of the label whose bytes are `bytes[from, to)` (hashed to `hash`), or -1. */
  find(bytes: Uint8Array, from: number, to: number, hash: number): number {
    const length = to - from;
    const mask = this.#slots.length - 1;
    for (let slot = (hash ^ (hash >>> 15)) & mask;; slot = (slot + 1) & mask) {
      const code = this.#slots[slot];
      if (code < 0) return -1;
      if (this.#hashes[code] === hash && this.#lengths[code] === length) {
        if (equal(this.#pool, this.#starts[code], bytes, from, length)) return code;
      }
    }
  }

  /** Adds the label `bytes[from, to)` (not yet in the index) and returns its code. */
  add(bytes: Uint8Array, from: number, to: number, hash: number): number {
    const code = this.#size++;
    if (code === this.#starts.length) {
      this.#starts = grow(this.#starts, code * 2);
      this.#lengths = grow(this.#lengths, code * 2);
      this.#hashes = grow(this.#hashes, code * 2);
    }
    const length = to - from;
    if (this.#used + length > this.#pool.length) {
      this.#pool = grow(this.#pool, Math.max(this.#pool.length * 2, this.#used + length));
    }
    this.#pool.set(bytes.subarray(from, to), this.#used);
    this.#starts[code] = this.#used;
    this.#lengths[code] = length;
    this.#hashes[code] = hash;
    this.#used += length;
    if (this.#size * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    else this.#place(code);
    return code;
  }

  #place(code: number): void {
    const mask = this.#slots.length - 1;
    const hash = this.#hashes[code];
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (this.#slots[slot] >= 0) slot = (slot + 1) & mask;
    this.#slots[slot] = code;
  }

  #rehash(size: number): void {
    this.#slots = new Int32Array(size).fill(-1);
    for (let code = 0; code < this.#size; code++) this.#place(code);
  }
}

// Whether a[i, i + n) and b[j, j + n) hold the same bytes.
function equal(a: Uint8Array, i: number, b: Uint8Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

function grow<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const out = new (array.constructor as new (length: number) => T)(length);
  out.set(array);
  return out;
}
