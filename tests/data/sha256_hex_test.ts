import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { sha256Hex } from "../../lib/data/mod.ts";

// The reference: node:crypto, which the toolkit no longer loads (see lib/data/sha256_hex.ts).
const reference = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

Deno.test("sha256Hex() gives FIPS 180-4's example digests", () => {
  assert.equal(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(
    sha256Hex("abc"),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  // Two blocks: 56 bytes leave no room for the length in the first.
  assert.equal(
    sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
});

Deno.test("sha256Hex() agrees with node:crypto at every length around the block edges", () => {
  for (let length = 0; length <= 200; length++) {
    const text = Array.from({ length }, (_, i) => String.fromCharCode(97 + (i * 7) % 26)).join("");
    assert.equal(sha256Hex(text), reference(text), `length ${length}`);
  }
});

Deno.test("sha256Hex() hashes text as UTF-8, and bytes as given (a subarray too)", () => {
  const text = "Victim First — £572,798 for 2022‑23 🧒";
  assert.equal(sha256Hex(text), reference(text));
  const bytes = new Uint8Array(1_000_003).map((_, i) => (i * 31 + 7) & 0xff);
  assert.equal(sha256Hex(bytes), reference(bytes));
  const middle = bytes.subarray(5, 1_000);
  assert.equal(sha256Hex(middle), reference(middle));
});
