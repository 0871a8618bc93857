/**
 * Where Chromium is looked for when `CHROMIUM_PATH` is not set: Debian's `chromium` package
 * first, then the names other distributions and Google Chrome install under.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHROMIUM_CANDIDATES } from "./mod.ts";
 * assert.equal(CHROMIUM_CANDIDATES[0], "/usr/bin/chromium");
 * ```
 */
export const CHROMIUM_CANDIDATES: readonly string[] = Object.freeze([
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
]);

/** How to get pictures, said wherever a picture could not be drawn. */
const HOW = "install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH " +
  "to a Chromium or Chrome executable";

/**
 * Finds the Chromium that draws chart pictures: the file `CHROMIUM_PATH` names when it is set
 * (and no other: a wrong setting is an error, not a reason to look elsewhere), else the first of
 * {@linkcode CHROMIUM_CANDIDATES} that exists.
 *
 * @returns The executable's path.
 * @throws {Deno.errors.NotFound} When `CHROMIUM_PATH` names no file, or it is unset and no
 * candidate exists; the message says how to get pictures.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findChromium } from "./mod.ts";
 * const saved = Deno.env.get("CHROMIUM_PATH");
 * Deno.env.set("CHROMIUM_PATH", "/no/such/chromium");
 * try {
 *   await assert.rejects(findChromium(), /CHROMIUM_PATH is "\/no\/such\/chromium"/);
 * } finally {
 *   if (saved === undefined) Deno.env.delete("CHROMIUM_PATH");
 *   else Deno.env.set("CHROMIUM_PATH", saved);
 * }
 * ```
 */
export async function findChromium(): Promise<string> {
  const configured = Deno.env.get("CHROMIUM_PATH");
  if (configured !== undefined && configured !== "") {
    if (await isFile(configured)) return configured;
    throw new Deno.errors.NotFound(
      `Cannot draw chart pictures: CHROMIUM_PATH is "${configured}", which is not a file; ${HOW}`,
    );
  }
  for (const candidate of CHROMIUM_CANDIDATES) {
    if (await isFile(candidate)) return candidate;
  }
  throw new Deno.errors.NotFound(
    `Cannot draw chart pictures: no Chromium at "${CHROMIUM_CANDIDATES[0]}"; ${HOW}`,
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch {
    return false;
  }
}
