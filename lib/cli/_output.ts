/**
 * Writing to the terminal or pipe from the CLIs.
 *
 * @module
 */
const encoder = new TextEncoder();

/** Writes all of `text` to stdout, synchronously, so progress and summary never interleave. */
export function writeOut(text: string): void {
  const bytes = encoder.encode(text);
  for (let at = 0; at < bytes.length;) at += Deno.stdout.writeSync(bytes.subarray(at));
}

/** The terminal's width, or 80 when stdout is not a terminal or does not say (0 columns). */
export function terminalColumns(): number {
  try {
    return Deno.consoleSize().columns || 80;
  } catch {
    return 80;
  }
}
