/**
 * Debian's Chromium for the browser tests, started as the toolkit starts it for chart pictures
 * (`CHROMIUM_FLAGS` from lib/picture): headless and kept off the network it has no business with.
 *
 * @module
 */
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_FLAGS } from "../lib/picture/mod.ts";
import { commandSucceeds } from "./_tools.ts";

/** Where the tests look for Chromium: env `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM: string = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";

/** The tool a browser test needs, named for `requireTool()`'s message. */
export const CHROMIUM_TOOL =
  `Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;

/** Whether {@linkcode CHROMIUM} runs on this machine. */
export const hasChromium: boolean = commandSucceeds(CHROMIUM, ["--version"]);

/** Starts {@linkcode CHROMIUM} headless with the toolkit's flags. Close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--headless", ...CHROMIUM_FLAGS] });
}
