/**
 * The SHA-256 of some bytes (or of text, as UTF-8), in lowercase hex, by the platform's Web
 * Crypto (`crypto.subtle`): how the manifests pin a document, and the runner's cache names its
 * entries. The bytes are read whole; a digest fed a chunk at a time is node:crypto's (lib/scale).
 *
 * @param data The bytes, or text to hash as UTF-8.
 * @returns 64 hex digits.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sha256Hex } from "./mod.ts";
 * // FIPS 180-2, appendix B.1: the digest of "abc".
 * assert.equal(
 *   await sha256Hex("abc"),
 *   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
 * );
 * assert.equal(await sha256Hex(new TextEncoder().encode("abc")), await sha256Hex("abc"));
 * ```
 */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  // subtle.digest takes an ArrayBuffer-backed view; a copy serves any other.
  const view = bytes.buffer instanceof ArrayBuffer
    ? bytes as Uint8Array<ArrayBuffer>
    : bytes.slice();
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", view));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
